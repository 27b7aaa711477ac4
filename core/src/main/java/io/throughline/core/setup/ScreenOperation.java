package io.throughline.core.setup;

/** The issue operations whose screens show an initiative's fields. */
public enum ScreenOperation {
    CREATE,
    EDIT,
    VIEW
}
