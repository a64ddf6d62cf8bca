package com.partnerhub.service.domain.notification;

import java.io.Serializable;
import java.util.Objects;

/** A person's choice of channels for one kind; kinds without a row use their default (both). */
public class NotificationPreference {

    private Long userId;
    private NotificationKind kind;
    private ChannelChoice channels;

    protected NotificationPreference() {
    }

    public NotificationPreference(long userId, NotificationKind kind, ChannelChoice channels) {
        this.userId = userId;
        this.kind = kind;
        this.channels = channels;
    }

    public void choose(ChannelChoice choice) {
        this.channels = choice;
    }

    public long userId() {
        return userId;
    }

    public NotificationKind kind() {
        return kind;
    }

    public ChannelChoice channels() {
        return channels;
    }

    public static class Key implements Serializable {
        public Long userId;
        public NotificationKind kind;

        public Key() {
        }

        public Key(Long userId, NotificationKind kind) {
            this.userId = userId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(userId, k.userId) && kind == k.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, kind);
        }
    }
}
