package org.rightbalance.costs;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The form for adding or changing a cost (also the API's request body). */
public class CostForm {

    @NotNull(message = "Enter the date of the cost")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate incurredOn;

    @NotNull(message = "Choose what the cost was for")
    private CostComponent component;

    @NotBlank(message = "Enter who paid for it, for example Council core budget")
    @Size(max = 120, message = "The funding source must be 120 characters or fewer")
    private String fundingSource;

    @NotBlank(message = "Enter a description of the cost")
    @Size(max = 300, message = "The description must be 300 characters or fewer")
    private String description;

    @NotNull(message = "Enter the amount in pounds")
    @DecimalMin(value = "0.01", message = "The amount must be more than £0")
    @Digits(integer = 10, fraction = 2, message = "Enter the amount in pounds and pence, for example 1250.50")
    private BigDecimal amount;

    /** The version of the entry the person opened (for a change); 0 for a new entry. */
    private int version;

    public static CostForm of(CostEntry e) {
        CostForm f = new CostForm();
        f.incurredOn = e.incurredOn();
        f.component = e.component();
        f.fundingSource = e.fundingSource();
        f.description = e.description();
        f.amount = e.amount();
        f.version = e.version();
        return f;
    }

    public LocalDate getIncurredOn() {
        return incurredOn;
    }

    public void setIncurredOn(LocalDate incurredOn) {
        this.incurredOn = incurredOn;
    }

    public CostComponent getComponent() {
        return component;
    }

    public void setComponent(CostComponent component) {
        this.component = component;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(String fundingSource) {
        this.fundingSource = fundingSource;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
