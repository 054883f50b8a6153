package org.rightbalance.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/**
 * Serves GOV.UK Frontend from its webjar. Its compiled CSS looks for fonts and images under
 * {@code /assets/}, so that path maps to the webjar's assets folder.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

    static final String GOVUK = "classpath:/META-INF/resources/webjars/govuk-frontend/" + GovukFrontend.VERSION + "/dist/govuk/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations(GOVUK + "assets/").setCachePeriod((int) Duration.ofDays(1).toSeconds());
        registry.addResourceHandler("/govuk/**").addResourceLocations(GOVUK).setCachePeriod((int) Duration.ofDays(1).toSeconds());
    }
}
