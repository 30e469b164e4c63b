package org.leerwerkplek.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Runs a job's bookkeeping outside the transaction its work may be in (an import is one
 * transaction): the container suspends that transaction for the call, so the write commits on its
 * own at once.
 */
@ApplicationScoped
public class OutsideTransactions {

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void run(Runnable write) {
        write.run();
    }
}
