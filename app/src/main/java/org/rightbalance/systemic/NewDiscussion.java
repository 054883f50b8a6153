package org.rightbalance.systemic;

import org.rightbalance.system.InvalidRequestException;

import java.time.LocalDate;
import java.util.List;

/**
 * What is recorded about a systemic discussion, checked against the rules of the domain. Field names
 * in the errors are the form's ({@code actions[0].owner}).
 *
 * @param professionalIds professionals from the family's network who were present
 */
public record NewDiscussion(LocalDate heldOn, Boolean mainCarerTookPart, String dilemmas, List<Long> professionalIds,
                            List<Person> others, List<Action> actions, List<Made> referrals) {

    /** Someone present who is not in the family's network. */
    public record Person(String name, String agency) {
    }

    public record Action(String description, String owner, LocalDate dueOn) {
    }

    public record Made(String service, LocalDate referredOn) {
    }

    public NewDiscussion {
        if (heldOn == null) {
            throw new InvalidRequestException("heldOn", "Enter the date of the discussion");
        }
        if (mainCarerTookPart == null) {
            throw new InvalidRequestException("mainCarerTookPart", "Say whether the main carer took part");
        }
        if (dilemmas == null || dilemmas.isBlank()) {
            throw new InvalidRequestException("dilemmas", "Enter the family's dilemmas that were discussed");
        }
        dilemmas = dilemmas.strip();
        professionalIds = professionalIds == null ? List.of() : List.copyOf(professionalIds);
        others = keep(others, "others", (p, f) -> {
            if (blank(p.name()) && blank(p.agency())) {
                return false;
            }
            require(p.name(), f + ".name", "Enter the name of the professional");
            require(p.agency(), f + ".agency", "Enter the agency of " + p.name().strip());
            return true;
        }).stream().map(p -> new Person(p.name().strip(), p.agency().strip())).toList();
        if (professionalIds.isEmpty() && others.isEmpty()) {
            throw new InvalidRequestException("professionalIds", "Choose or enter the professionals who were present");
        }
        actions = keep(actions, "actions", (a, f) -> {
            if (blank(a.description()) && blank(a.owner()) && a.dueOn() == null) {
                return false;
            }
            require(a.description(), f + ".description", "Enter what the action is");
            require(a.owner(), f + ".owner", "Enter who owns the action");
            if (a.dueOn() == null) {
                throw new InvalidRequestException(f + ".dueOn", "Enter when the action is due");
            }
            if (a.dueOn().isBefore(heldOn)) {
                throw new InvalidRequestException(f + ".dueOn", "An action cannot be due before the discussion");
            }
            return true;
        }).stream().map(a -> new Action(a.description().strip(), a.owner().strip(), a.dueOn())).toList();
        LocalDate held = heldOn;
        referrals = keep(referrals, "referrals", (r, f) -> {
            if (blank(r.service()) && r.referredOn() == null) {
                return false;
            }
            require(r.service(), f + ".service", "Enter the service the family was referred to");
            if (r.referredOn() == null) {
                throw new InvalidRequestException(f + ".referredOn", "Enter the date of the referral");
            }
            if (r.referredOn().isBefore(held)) {
                throw new InvalidRequestException(f + ".referredOn", "A referral from the meeting cannot be before it");
            }
            return true;
        }).stream().map(r -> new Made(r.service().strip(), r.referredOn())).toList();
    }

    private interface Check<T> {
        boolean keep(T row, String field);
    }

    private static <T> List<T> keep(List<T> rows, String name, Check<T> check) {
        if (rows == null) {
            return List.of();
        }
        java.util.ArrayList<T> kept = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) != null && check.keep(rows.get(i), name + "[" + i + "]")) {
                kept.add(rows.get(i));
            }
        }
        return List.copyOf(kept);
    }

    private static void require(String value, String field, String message) {
        if (blank(value)) {
            throw new InvalidRequestException(field, message);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
