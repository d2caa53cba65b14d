/**
 * Spring Boot 4 auto-configuration of one {@link com.augno.sdk.AugnoClient} from {@code augno.*}
 * properties ({@link com.augno.spring.boot.AugnoProperties}), with {@link
 * com.augno.spring.boot.AugnoClientCustomizer} beans, a health indicator, Micrometer metrics and
 * failure analyzers. See {@code docs/spring-boot.md}.
 */
@NullMarked
package com.augno.spring.boot;

import org.jspecify.annotations.NullMarked;
