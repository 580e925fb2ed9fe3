package gov.supervision.infrastructure.feed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * A thread that runs one step whenever it is woken, and at the latest every {@code interval}, but never sooner than
 * {@code minGap} after the last, until stopped.
 */
final class Worker {

    private static final Logger log = LoggerFactory.getLogger(Worker.class);

    private final String name;
    private final Runnable step;
    private final Duration interval;
    private final Duration minGap;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private Thread thread;

    Worker(String name, Runnable step, Duration interval, Duration minGap) {
        this.name = name;
        this.step = step;
        this.interval = interval;
        this.minGap = minGap;
    }

    synchronized void start() {
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops it after the step under way, waiting at most {@code patience} for that. */
    synchronized void stop(Duration patience) {
        running = false;
        wake();
        try {
            thread.join(patience.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void run() {
        while (running) {
            try {
                step.run();
            } catch (RuntimeException e) {
                log.warn("{} failed; it tries again at its next round", name, e);
            }
            try {
                Thread.sleep(minGap.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            synchronized (signal) {
                if (!woken && running) {
                    try {
                        signal.wait(interval.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                woken = false;
            }
        }
    }
}
