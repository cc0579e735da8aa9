package io.mekiki.notification.web;

import io.mekiki.notification.MailCategory;
import io.mekiki.notification.MailPreferences;
import io.mekiki.notification.Notification;
import io.mekiki.notification.Notifications;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bell and the mail preferences of the signed-in person (ADR 043). */
@RestController
@Tag(name = "Notifications")
class NotificationApi {

    private final Notifications notifications;
    private final MailPreferences preferences;
    private final MessageSource messages;

    NotificationApi(Notifications notifications, MailPreferences preferences, MessageSource messages) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.messages = messages;
    }

    @GetMapping("/api/v1/notifications")
    @Operation(
            summary = "My notifications, newest first (at most 100)",
            description = "The sentence is in the language of the request (Accept-Language, else my language).")
    NotificationList list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "false") boolean unread,
            Locale locale) {
        List<NotificationView> items = notifications.mine(user, unread).stream()
                .map(notification -> view(notification, locale))
                .toList();
        return new NotificationList(notifications.unread(user), items);
    }

    @GetMapping("/api/v1/notifications/{id}")
    @Operation(summary = "One of my notifications")
    @ApiResponse(
            responseCode = "404",
            description = "Not mine, or no such notification",
            content = @Content(mediaType = "application/problem+json"))
    NotificationView one(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Locale locale) {
        return view(notifications.one(user, id), locale);
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    @ApiResponse(
            responseCode = "404",
            description = "Not mine, or no such notification",
            content = @Content(mediaType = "application/problem+json"))
    NotificationView markRead(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Locale locale) {
        return view(notifications.markRead(user, id), locale);
    }

    @PostMapping("/api/v1/notifications/read-all")
    @Operation(summary = "Mark all my notifications read")
    MarkedRead markAllRead(@AuthenticationPrincipal SignedInUser user) {
        return new MarkedRead(notifications.markAllRead(user));
    }

    @GetMapping("/api/v1/me/mail-preferences")
    @Operation(
            summary = "The mail categories I receive",
            description = "Security mail (activation links and the like) is always sent and cannot be switched off.")
    MailPreferencesView mailPreferences(@AuthenticationPrincipal SignedInUser user) {
        return view(preferences.switchedOff(user));
    }

    @PutMapping("/api/v1/me/mail-preferences")
    @Operation(summary = "Choose the mail categories I do not want (all others are sent)")
    @ApiResponse(
            responseCode = "400",
            description = "SECURITY among them (it cannot be switched off), or an unknown category; nothing changes",
            content = @Content(mediaType = "application/problem+json"))
    MailPreferencesView changeMailPreferences(
            @AuthenticationPrincipal SignedInUser user, @Valid @RequestBody MailPreferencesRequest request) {
        Set<MailCategory> off = request.switchedOff().isEmpty()
                ? EnumSet.noneOf(MailCategory.class)
                : EnumSet.copyOf(request.switchedOff());
        return view(preferences.change(user, off));
    }

    private NotificationView view(Notification notification, Locale locale) {
        return new NotificationView(
                notification.id(),
                notification.category(),
                messages.getMessage(
                        notification.messageKey(), notification.arguments().toArray(), locale),
                notification.path(),
                notification.createdAt(),
                notification.readAt());
    }

    private static MailPreferencesView view(Set<MailCategory> off) {
        return new MailPreferencesView(
                MailPreferences.optional().stream()
                        .filter(category -> !off.contains(category))
                        .toList(),
                List.copyOf(off),
                List.of(MailCategory.SECURITY));
    }

    record NotificationList(int unread, List<NotificationView> notifications) {}

    record NotificationView(
            UUID id,
            MailCategory category,
            String text,
            String path,
            Instant createdAt,
            @Nullable Instant readAt) {}

    record MarkedRead(int marked) {}

    record MailPreferencesView(
            List<MailCategory> received, List<MailCategory> switchedOff, List<MailCategory> alwaysSent) {}

    record MailPreferencesRequest(@NotNull @Size(max = 20) List<MailCategory> switchedOff) {}
}
