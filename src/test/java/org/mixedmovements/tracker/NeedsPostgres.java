package org.mixedmovements.tracker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that only makes sense on a shared database server (several nodes on one database): it runs in the PostgreSQL
 * execution of {@code mvn verify} (tag {@code postgres}) and is skipped with the reason when no server answers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
public @interface NeedsPostgres {
}
