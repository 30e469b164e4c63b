package org.leerwerkplek.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.audit.ActorKind;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditEntry;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;

/**
 * What every retention rule does the same way: the data before now minus the period is due, a
 * test's fixed period wins over the setting, each removal is one audit row under the retention
 * job, and a database error fails the run naming the rule.
 */
class PeriodRuleTest {

    private static final Instant NOW = Instant.parse("2026-06-15T03:15:00Z");
    private static final RetentionSetting SETTING = RetentionSetting.months("test.noting", "lwp.retention.test-noting-months", 7);

    /** A rule that notes the moments it is asked about and removes one object, recorded. */
    private static final class Noting extends PeriodRule {
        final List<String> asked = new ArrayList<>();
        final RecordingAuditLog audit = new RecordingAuditLog(new MutableClock(NOW));

        Noting(Period period) {
            super(SETTING, period);
        }


        @Override
        protected long countBefore(Instant cutoff) {
            asked.add("count " + cutoff);
            return 3;
        }

        @Override
        protected long removeBefore(Instant cutoff, Instant now) {
            asked.add("remove " + cutoff + " at " + now);
            removed(audit, AuditAction.ERASE, "thing", 42L);
            return 1;
        }
    }

    @Test
    void whatLiesBeforeNowMinusThePeriodIsDueAndEachRemovalIsRecordedAsTheRetentionJob() {
        Noting rule = new Noting(Period.ofMonths(12));

        assertEquals(3, rule.countDue(NOW));
        assertEquals(1, rule.applyDue(NOW));

        assertEquals(List.of("count 2025-06-15T03:15:00Z", "remove 2025-06-15T03:15:00Z at " + NOW), rule.asked);
        List<AuditEntry> entries = rule.audit.entries();
        assertEquals(1, entries.size());
        assertEquals(AuditAction.ERASE, entries.get(0).action());
        assertEquals(ActorKind.SYSTEM, entries.get(0).actor().kind());
        assertEquals("retention", entries.get(0).actor().ref());
        assertEquals("thing", entries.get(0).objectKind());
        assertEquals("42", entries.get(0).objectId());
        assertEquals(List.of(), entries.get(0).changes());
    }

    @Test
    void theRuleIsNamedByItsSettingAndATestsPeriodHolds() {
        assertEquals(Period.ofDays(3), new Noting(Period.ofDays(3)).period());
        assertEquals("test.noting", new Noting(Period.ofDays(3)).key());
        assertEquals("lwp.retention.test-noting-months", new Noting(Period.ofDays(3)).setting());
        assertEquals(Period.ofMonths(7), SETTING.read(java.util.Optional.empty()), "without the setting, its default");
    }

    @Test
    void aSettingGivesItsPeriodInTheUnitOfItsDefaultAndRefusesOthers() {
        RetentionSetting days = RetentionSetting.days("x", "lwp.retention.x-days", 30);
        assertEquals(Period.ofDays(30), days.read(java.util.Optional.of(" ")));
        assertEquals(Period.ofDays(90), days.read(java.util.Optional.of("90")));
        assertEquals(Period.ofMonths(2), SETTING.read(java.util.Optional.of("2")));
        assertThrows(org.leerwerkplek.platform.config.InvalidSettingException.class, () -> SETTING.read(java.util.Optional.of("1201")));
        assertThrows(org.leerwerkplek.platform.config.InvalidSettingException.class, () -> days.read(java.util.Optional.of("0")));
        assertThrows(org.leerwerkplek.platform.config.InvalidSettingException.class, () -> days.read(java.util.Optional.of("ten")));
        assertThrows(IllegalArgumentException.class, () -> new RetentionSetting("x", "lwp.retention.x", Period.of(0, 1, 2)));
        assertThrows(IllegalArgumentException.class, () -> new RetentionSetting("x", "lwp.retention.x", Period.ofYears(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetentionSetting("x", "lwp.retention.x", Period.ZERO));
    }

    @Test
    void aDatabaseErrorFailsTheRunNamingTheRule() {
        DataSource broken = (DataSource) java.lang.reflect.Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("database gone");
                });
        Noting rule = new Noting(Period.ofMonths(1));

        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> rule.inConnection(broken, connection -> 1L));

        assertTrue(failed.getMessage().contains("test.noting"), failed.getMessage());
        assertEquals("database gone", failed.getCause().getMessage());
    }
}
