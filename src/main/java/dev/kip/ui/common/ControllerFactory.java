package dev.kip.ui.common;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.util.Callback;

/**
 * Builds FXML controllers by constructor injection from the objects the app wired. A controller
 * asking for something that was not wired fails at once, naming what is missing.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {
    private final Map<Class<?>, Object> services = new LinkedHashMap<>();

    public <T> ControllerFactory with(Class<T> type, T instance) {
        services.put(type, instance);
        return this;
    }

    /** What the app wired for {@code type} (a service, the executor…), e.g. for a test to act as a view would. */
    public <T> T get(Class<T> type) {
        Object service = services.get(type);
        if (service == null) {
            throw new IllegalStateException("the app provides no " + type.getName());
        }
        return type.cast(service);
    }

    @Override
    public Object call(Class<?> type) {
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(type.getName() + " must have exactly one public constructor to be built by the controller factory");
        }
        Constructor<?> c = constructors[0];
        Object[] args = new Object[c.getParameterCount()];
        Class<?>[] params = c.getParameterTypes();
        for (int i = 0; i < params.length; i++) {
            Object service = services.get(params[i]);
            if (service == null) {
                throw new IllegalStateException(type.getSimpleName() + " needs a " + params[i].getName() + ", which the app does not provide");
            }
            args[i] = service;
        }
        try {
            return c.newInstance(args);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("building " + type.getName() + " failed: " + e.getCause(), e.getCause());
        }
    }
}
