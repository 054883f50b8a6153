package org.rightbalance.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement that public-sector websites must publish. */
@Controller
class AccessibilityController {

    @GetMapping("/accessibility")
    String statement() {
        return "system/accessibility";
    }
}
