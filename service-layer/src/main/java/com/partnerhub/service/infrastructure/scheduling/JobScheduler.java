package com.partnerhub.service.infrastructure.scheduling;

import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.partnerhub.service.application.job.JobProcessor;

/**
 * Polls for due jobs on every instance. Persistent EJB timers do not fail over in a Payara Micro cluster
 * and a non-persistent schedule fires on every instance, so each instance polls and the database decides
 * who runs which job ({@link JobProcessor}).
 */
@Startup
@Singleton
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());
    private static final String WORKER = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    JobProcessor processor;

    @Inject
    @ConfigProperty(name = "partnerhub.jobs.batch-size", defaultValue = "200")
    int batchSize;

    private volatile boolean running;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void poll() {
        if (running) {
            return;
        }
        running = true;
        try {
            int ran = 0;
            while (ran < batchSize && processor.runNext(WORKER).isPresent()) {
                ran++;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a scheduled job failed and stays due; it is retried at the next poll", e);
        } finally {
            running = false;
        }
    }
}
