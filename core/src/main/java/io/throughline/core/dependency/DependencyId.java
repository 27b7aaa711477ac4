package io.throughline.core.dependency;

/** The app's identifier for one dependency. */
public record DependencyId(long value) {

    public DependencyId {
        if (value <= 0) {
            throw new IllegalArgumentException("dependency id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
