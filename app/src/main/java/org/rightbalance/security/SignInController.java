package org.rightbalance.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.LinkedHashMap;
import java.util.Map;

/** The sign-in page (Spring Security handles the form's POST). */
@Controller
class SignInController {

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    SignInController(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/sign-in")
    String signIn(Model model) {
        // The council's single sign-on, when configured: one link per client registration.
        Map<String, String> providers = new LinkedHashMap<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object o : all) {
                ClientRegistration r = (ClientRegistration) o;
                providers.put("/oauth2/authorization/" + r.getRegistrationId(), r.getClientName());
            }
        }
        model.addAttribute("providers", providers);
        return "security/sign-in";
    }
}
