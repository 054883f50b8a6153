package org.rightbalance.system;

/** The GOV.UK Frontend version in the webjar (kept equal to govuk-frontend.version in the parent pom). */
public final class GovukFrontend {
    public static final String VERSION = "5.14.0";

    private GovukFrontend() {
    }
}
