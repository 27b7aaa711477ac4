package io.throughline.core.stageview;

import io.throughline.core.Ports;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A host's ports, each wrapped so that every call is counted by port and method ("evidence.entriesFor"):
 * what a store would answer with a statement. The calls go on to the ports wrapped.
 */
final class CountingPorts {

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final Ports ports;

    CountingPorts(Ports wrapped) {
        try {
            RecordComponent[] components = Ports.class.getRecordComponents();
            Object[] counted = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                counted[i] = counting(components[i].getName(), types[i], components[i].getAccessor().invoke(wrapped));
            }
            this.ports = Ports.class.getDeclaredConstructor(types).newInstance(counted);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object counting(String port, Class<?> type, Object target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
            }
            calls.computeIfAbsent(port + "." + method.getName(), name -> new AtomicInteger()).incrementAndGet();
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /** Forgets every call counted so far. */
    void reset() {
        calls.clear();
    }

    int calls(String portAndMethod) {
        AtomicInteger count = calls.get(portAndMethod);
        return count == null ? 0 : count.get();
    }

    /** Every call since the last reset, by port and method. */
    Map<String, Integer> all() {
        Map<String, Integer> copy = new java.util.TreeMap<>();
        calls.forEach((name, count) -> copy.put(name, count.get()));
        return copy;
    }
}
