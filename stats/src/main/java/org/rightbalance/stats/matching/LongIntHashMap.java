package org.rightbalance.stats.matching;

import java.util.Arrays;

/**
 * Open-addressing map from {@code long} keys to dense ids 0, 1, 2, … handed out in order of first
 * insertion, with no boxing: ten million stratum keys cost two primitive arrays, not ten million
 * objects.
 */
final class LongIntHashMap {

    private long[] keys;
    private int[] ids;
    private int size;
    private int mask;

    LongIntHashMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new long[capacity];
        ids = new int[capacity];
        Arrays.fill(ids, -1);
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    /** The id of {@code key}, giving it the next id when it is new. */
    int idOf(long key) {
        int slot = slot(key);
        while (ids[slot] >= 0) {
            if (keys[slot] == key) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        ids[slot] = size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    /** The id of {@code key}, or -1 when it was never inserted. */
    int find(long key) {
        int slot = slot(key);
        while (ids[slot] >= 0) {
            if (keys[slot] == key) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int slot(long key) {
        // Murmur3's 64-bit finaliser: mixed-radix stratum codes are far from uniform in the low bits.
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new long[oldKeys.length * 2];
        ids = new int[oldKeys.length * 2];
        Arrays.fill(ids, -1);
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldIds[i] >= 0) {
                int slot = slot(oldKeys[i]);
                while (ids[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                ids[slot] = oldIds[i];
            }
        }
    }
}
