package org.rightbalance.access;

/** Reading a section of a child's record, or changing it. */
public enum Operation {
    VIEW, CHANGE
}
