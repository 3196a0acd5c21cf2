package com.appraisalbot.persistence;

import java.util.List;

/**
 * Every entity Hibernate maps. Kept as one list, rather than found by scanning, so that start-up
 * does not read the whole jar and a newcomer sees every table's class in one place.
 */
final class PersistentClasses {

    static final List<Class<?>> ALL = List.of();

    private PersistentClasses() {}
}
