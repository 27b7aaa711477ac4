package io.throughline.confluence.web.dependency;


/** Which parts of the dependency status the page shows. */
public enum View {
    MATRIX,
    LIST,
    BOTH;

    boolean showsMatrix() {
        return this != LIST;
    }

    boolean showsList() {
        return this != MATRIX;
    }
}
