package io.mekiki.notification.web;

import io.mekiki.notification.MailCategory;
import io.mekiki.notification.MailPreferences;
import io.mekiki.notification.Notification;
import io.mekiki.notification.Notifications;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bell's pages (ADR 043): the count in the page header (loaded by htmx after the page, so that no page
 * waits for it), the list of my notifications with mark read (one or all), and my mail preferences.
 */
@Controller
class NotificationPages {

    private final Notifications notifications;
    private final MailPreferences preferences;

    NotificationPages(Notifications notifications, MailPreferences preferences) {
        this.notifications = notifications;
        this.preferences = preferences;
    }

    @GetMapping("/notifications/bell")
    String bell(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("unread", notifications.unread(user));
        return "notification/bell :: count";
    }

    @GetMapping("/notifications")
    String list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "false") boolean unread,
            Model model) {
        List<Notification> shown = notifications.mine(user, unread);
        model.addAttribute("notifications", shown);
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unread", notifications.unread(user));
        return "notification/list";
    }

    /** Marks the notification read; with {@code open}, goes on to its page. */
    @PostMapping("/notifications/{id}/read")
    String markRead(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean open,
            RedirectAttributes redirect) {
        Notification notification = notifications.markRead(user, id);
        if (open && notification.path().startsWith("/") && !notification.path().startsWith("//")) {
            return "redirect:" + notification.path();
        }
        redirect.addFlashAttribute("notice", "notification.notice.markedRead");
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String markAllRead(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        notifications.markAllRead(user);
        redirect.addFlashAttribute("notice", "notification.notice.allRead");
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/settings")
    String settings(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("categories", MailPreferences.optional());
        model.addAttribute("switchedOff", preferences.switchedOff(user));
        return "notification/settings";
    }

    /** The form sends the categories to receive; every optional category not sent is switched off. */
    @PostMapping("/notifications/settings")
    String saveSettings(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "receive", required = false) List<String> receive,
            Model model,
            RedirectAttributes redirect) {
        Set<MailCategory> received = EnumSet.noneOf(MailCategory.class);
        for (String name : receive == null ? List.<String>of() : receive) {
            MailCategory category = MailPreferences.optional().stream()
                    .filter(candidate -> candidate.name().equals(name))
                    .findFirst()
                    .orElse(null);
            if (category == null) {
                model.addAttribute("refusal", "notification.error.unknownCategory");
                model.addAttribute("categories", MailPreferences.optional());
                model.addAttribute("switchedOff", preferences.switchedOff(user));
                return "notification/settings";
            }
            received.add(category);
        }
        Set<MailCategory> off = EnumSet.noneOf(MailCategory.class);
        MailPreferences.optional().stream()
                .filter(category -> !received.contains(category))
                .forEach(off::add);
        try {
            preferences.change(user, off);
        } catch (RuleViolationException refused) {
            model.addAttribute("refusal", refused.messageCode());
            model.addAttribute("categories", MailPreferences.optional());
            model.addAttribute("switchedOff", preferences.switchedOff(user));
            return "notification/settings";
        }
        redirect.addFlashAttribute("notice", "notification.notice.settingsSaved");
        return "redirect:/notifications/settings";
    }
}
