package org.rightbalance.systemic;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The form recording a systemic discussion: a few blank rows for people present who are not in the
 * network, the actions agreed and the referrals made (blank rows are ignored).
 */
public class SystemicForm {

    static final int PEOPLE = 4;
    static final int ACTIONS = 4;
    static final int REFERRALS = 3;

    @NotNull(message = "Enter the date of the discussion")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    @NotNull(message = "Say whether the main carer took part")
    private Boolean mainCarerTookPart;
    @NotBlank(message = "Enter the family's dilemmas that were discussed")
    @Size(max = 2000, message = "The dilemmas must be 2000 characters or fewer")
    private String dilemmas;
    private List<Long> professionalIds = new ArrayList<>();
    @Valid
    private List<Person> others = new ArrayList<>();
    @Valid
    private List<Action> actions = new ArrayList<>();
    @Valid
    private List<Made> referrals = new ArrayList<>();

    public SystemicForm() {
        for (int i = 0; i < PEOPLE; i++) {
            others.add(new Person());
        }
        for (int i = 0; i < ACTIONS; i++) {
            actions.add(new Action());
        }
        for (int i = 0; i < REFERRALS; i++) {
            referrals.add(new Made());
        }
    }

    NewDiscussion toNewDiscussion() {
        return new NewDiscussion(heldOn, mainCarerTookPart, dilemmas, professionalIds,
                others.stream().map(p -> new NewDiscussion.Person(p.getName(), p.getAgency())).toList(),
                actions.stream().map(a -> new NewDiscussion.Action(a.getDescription(), a.getOwner(), a.getDueOn())).toList(),
                referrals.stream().map(r -> new NewDiscussion.Made(r.getService(), r.getReferredOn())).toList());
    }

    /** A professional present who is not in the family's network. */
    public static class Person {
        @Size(max = 120, message = "The name must be 120 characters or fewer")
        private String name;
        @Size(max = 120, message = "The agency must be 120 characters or fewer")
        private String agency;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getAgency() {
            return agency;
        }

        public void setAgency(String agency) {
            this.agency = agency;
        }
    }

    /** An action agreed, its owner and due date. */
    public static class Action {
        @Size(max = 500, message = "The action must be 500 characters or fewer")
        private String description;
        @Size(max = 120, message = "The owner must be 120 characters or fewer")
        private String owner;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueOn;

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }

    /** A referral made from the meeting. */
    public static class Made {
        @Size(max = 200, message = "The service must be 200 characters or fewer")
        private String service;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate referredOn;

        public String getService() {
            return service;
        }

        public void setService(String service) {
            this.service = service;
        }

        public LocalDate getReferredOn() {
            return referredOn;
        }

        public void setReferredOn(LocalDate referredOn) {
            this.referredOn = referredOn;
        }
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Boolean getMainCarerTookPart() {
        return mainCarerTookPart;
    }

    public void setMainCarerTookPart(Boolean mainCarerTookPart) {
        this.mainCarerTookPart = mainCarerTookPart;
    }

    public String getDilemmas() {
        return dilemmas;
    }

    public void setDilemmas(String dilemmas) {
        this.dilemmas = dilemmas;
    }

    public List<Long> getProfessionalIds() {
        return professionalIds;
    }

    public void setProfessionalIds(List<Long> professionalIds) {
        this.professionalIds = professionalIds;
    }

    public List<Person> getOthers() {
        return others;
    }

    public void setOthers(List<Person> others) {
        this.others = others;
    }

    public List<Action> getActions() {
        return actions;
    }

    public void setActions(List<Action> actions) {
        this.actions = actions;
    }

    public List<Made> getReferrals() {
        return referrals;
    }

    public void setReferrals(List<Made> referrals) {
        this.referrals = referrals;
    }
}
