package io.github.privacyflow.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap of this JVM while a measured block runs: the peak of used heap (the larger of
 * a 2 ms poll and the usage each collection found before it ran) and the most heap still used
 * right after a collection (a floor of the live data; 0 when no collection ran).
 */
final class HeapMonitor implements AutoCloseable {

    private final Set<String> heapPools;
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;
    private final Thread poller;
    private volatile boolean running = true;

    HeapMonitor() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        poller = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-poller");
        poller.setDaemon(true);
        sample();
        poller.start();
    }

    private void sample() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peakUsed.accumulateAndGet(used, Math::max);
    }

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        peakUsed.accumulateAndGet(heapSum(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
        maxAfterGc.accumulateAndGet(heapSum(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
        collections.incrementAndGet();
    }

    private long heapSum(Map<String, MemoryUsage> usage) {
        long sum = 0;
        for (Map.Entry<String, MemoryUsage> pool : usage.entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                sum += pool.getValue().getUsed();
            }
        }
        return sum;
    }

    /** @return the peak of used heap so far, in bytes */
    long peakUsed() {
        return peakUsed.get();
    }

    /** @return the largest heap in use right after a collection, in bytes; 0 when none ran */
    long maxAfterGc() {
        return maxAfterGc.get();
    }

    /** @return how many collections ran */
    long collections() {
        return collections.get();
    }

    @Override
    public void close() {
        sample();
        running = false;
        poller.interrupt();
        try {
            poller.join(1000);
            // Notifications arrive on another thread shortly after each collection.
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
        }
    }
}
