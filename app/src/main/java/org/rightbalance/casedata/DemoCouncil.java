package org.rightbalance.casedata;

import org.rightbalance.demo.DemoCasesSeeded;
import org.rightbalance.evaluation.synth.Profile;
import org.rightbalance.evaluation.synth.SyntheticCouncil;
import org.rightbalance.staff.StaffRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * On the first start of the embedded demo, after the demo cases are seeded, generates the synthetic
 * Camden-like council of the 2020 evaluation (about 4,800 children known to social care, 7,500
 * referrals, about 200 of them flagged for the programme; every record invented) and imports it,
 * so that the programme page has outcomes to show and the evaluation has a comparison group.
 * Off when {@code rightbalance.demo.council=false} (the tests).
 */
@Component
class DemoCouncil {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCouncil.class);
    static final long SEED = 2020;
    /**
     * The team that holds the council's programme cases: apart from the demo teams, so that the demo
     * practitioners' "My cases" lists stay the six demo families.
     */
    static final String TEAM = "Council records (imported)";

    private final SsdDatabaseImport importer;
    private final StaffRepository staff;
    private final TransactionTemplate newTransaction;
    private final boolean enabled;

    DemoCouncil(SsdDatabaseImport importer, StaffRepository staff, PlatformTransactionManager transactions,
                @Value("${rightbalance.demo.council:true}") boolean enabled) {
        this.importer = importer;
        this.staff = staff;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.enabled = enabled;
    }

    /** After the demo seeding has committed, in a transaction of its own. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void seedCouncil(DemoCasesSeeded seeded) {
        if (!enabled) {
            return;
        }
        long start = System.nanoTime();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("rightbalance-demo-council");
            SyntheticCouncil.write(folder, Profile.named("camden-2020"), SEED, 1);
            Path extract = folder;
            SsdDatabaseImport.Result result = newTransaction.execute(status -> importer.importFolder(extract,
                    List.of(staff.findTeam(TEAM).orElseGet(() -> staff.addTeam(TEAM)))));
            LOG.info("Imported the synthetic demo council in {} ms: {}", (System.nanoTime() - start) / 1_000_000, result);
        } catch (IOException | RuntimeException e) {
            // the demo families still work without the council; say so rather than stop the start
            LOG.error("Could not import the synthetic demo council; the programme page and the evaluation will have "
                    + "little to show. Import an extract at /admin/import instead.", e);
        } finally {
            if (folder != null) {
                FileTrees.deleteQuietly(folder);
            }
        }
    }
}
