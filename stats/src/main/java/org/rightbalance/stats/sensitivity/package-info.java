/**
 * Sensitivity of observational estimates to unmeasured confounding: E-values (VanderWeele, T. J. &amp; Ding, P.
 * (2017). Sensitivity analysis in observational research: introducing the E-value. <i>Annals of Internal
 * Medicine</i> 167(4):268–274). Entry point: {@link org.rightbalance.stats.sensitivity.EValue}.
 */
package org.rightbalance.stats.sensitivity;
