package com.augno.spring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Points the application's auto-configured {@code AugnoClient} at a {@code FakeAugnoServer}
 * started for the test context: the client's base URL is the fake's, and its key is the fake's
 * admin key (held in an {@code InMemorySecretStore} bean, which wins over {@code augno.secret}).
 * The {@code FakeAugnoServer} bean can be injected to mint keys, inject faults or count requests.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureFakeAugnoServer
 * class BillingTest {
 *     @Autowired AugnoClient client;
 *     @Autowired FakeAugnoServer fake;
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration(FakeAugnoServerAutoConfiguration.class)
public @interface AutoConfigureFakeAugnoServer {}
