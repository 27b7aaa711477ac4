// Mirrors https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ModelVersion.html — members used by Throughline only.
package com.atlassian.activeobjects.external;

/** Integer model version of an Active Objects namespace. */
public final class ModelVersion implements Comparable<ModelVersion> {
    private ModelVersion() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static ModelVersion valueOf(String s) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public int compareTo(ModelVersion mv) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean isOlderThan(ModelVersion mv) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean isNewerThan(ModelVersion mv) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean isSame(ModelVersion mv) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
