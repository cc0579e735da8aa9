package io.mekiki.notification.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.mekiki.notification.Reminders;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the reminders once a day with db-scheduler (ADR 043): the task's one row in
 * {@code notification_scheduled_tasks} is picked by one instance at a time, so two Mekiki instances on one
 * database do not run it together; a day missed while every instance was down runs at the next start.
 */
@Component
public class ReminderScheduling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReminderScheduling.class);

    static final String TASK = "notification-reminders";

    private final DataSource dataSource;
    private final Reminders reminders;
    private final boolean enabled;
    private final LocalTime at;
    private final ZoneId zone;
    private volatile Scheduler scheduler;

    ReminderScheduling(
            DataSource dataSource,
            Reminders reminders,
            @Value("${mekiki.reminders.enabled:true}") boolean enabled,
            @Value("${mekiki.reminders.at:08:00}") LocalTime at,
            @Value("${mekiki.reminders.zone:Asia/Tokyo}") ZoneId zone) {
        this.dataSource = dataSource;
        this.reminders = reminders;
        this.enabled = enabled;
        this.at = at;
        this.zone = zone;
    }

    /** The daily task; public for tests that run schedulers of their own. */
    public static RecurringTask<Void> task(Reminders reminders, ZoneId zone, LocalTime at) {
        return Tasks.recurring(TASK, Schedules.daily(zone, at)).execute((instance, context) -> {
            int told = reminders.run();
            log.info("reminders sent to {} people", told);
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWhenReady() {
        if (!enabled || scheduler != null) {
            return;
        }
        scheduler = Scheduler.create(dataSource)
                .startTasks(task(reminders, zone, at))
                .tableName("notification_scheduled_tasks")
                .threads(1)
                .pollingInterval(Duration.ofMinutes(1))
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
        scheduler.start();
    }

    @Override
    public void start() {}

    @Override
    public void stop() {
        Scheduler running = scheduler;
        scheduler = null;
        if (running != null) {
            running.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        // stops before the data source and the web server's graceful shutdown
        return Integer.MAX_VALUE - 10;
    }
}
