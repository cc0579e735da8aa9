/**
 * Notification: the mail Mekiki sends (in the recipient's language, plain text and HTML, with links to the
 * exact page), the categories each person can switch off (never security mail), the reminders of dates
 * coming due that a scheduler safe for several instances on one database sends once, and the in-app bell
 * with read and unread notifications (ADR 043). Other modules send mail through {@link
 * io.mekiki.notification.Mail} and offer their due dates through {@link io.mekiki.notification.ReminderSource};
 * notification reacts to the events of identity, instructions and decisions and knows none of them in return.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package io.mekiki.notification;
