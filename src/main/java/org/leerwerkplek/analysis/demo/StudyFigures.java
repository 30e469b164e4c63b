package org.leerwerkplek.analysis.demo;

import java.util.List;

/**
 * The figures of the sector study's survey of 305 construction employers (seed 003, section 4)
 * that the demo data reproduces, with the study's words, and the assumptions made where the
 * study gives no figure. Shares are of all respondents unless said otherwise.
 */
final class StudyFigures {

    /** "Van de 305 zijn er 304 bouwbedrijven die …": the size of the study's sample. */
    static final int EMPLOYERS = 305;

    /** "68% van alle bevraagde werkgevers noemt dit motief" (nood aan instroom): Q13 INSTROOM. */
    static final double INSTROOM = 0.68;

    /** "voor 43% van de werkgevers [speelt] het motief … toekomstige vaklui een rol": Q13 VAKLUI. */
    static final double VAKLUI = 0.43;

    /** "6 op 10 ziet de financiële steun als een automatisch verrekend RSZ-voordeel": Q22 RSZ, of those asked Q22. */
    static final double RSZ = 0.6;

    /**
     * "304 bouwbedrijven … verwachten [rendabiliteit] na maximum 2 jaar dienst. 1 werkgever (een
     * aannemer van schilderwerken met 4 werknemers) gaat uit van een periode van 5 jaar": one in
     * 305 answers Q07 above two, and that one is a painter with fewer than five staff.
     */
    static final int LATE_PAYBACK_EMPLOYERS = 1;
    static final int LATE_PAYBACK_YEARS = 5;

    /** "Zowat twee derde van alle bedrijven uit de steekproef zegt dat het aantal arbeiders … is toegenomen": Q06 GEGROEID. */
    static final double GROWTH = 2.0 / 3.0;

    /**
     * "van de werkgevers met minder dan vijf personeelsleden vragen er bijna zes op tien om een
     * proefperiode": of the employers in Q02 W1_4, the share choosing PROEF_KANDIDAAT or
     * PROEF_WERKGEVER (or both) in Q20.
     */
    static final double SMALL_EMPLOYER_TRIAL = 0.58;

    // Assumptions: the study gives no figure for these.

    /** Q02 size classes in option order; small firms dominate the sector, "fewer than five" is the study's small group. */
    static final List<String> SIZE_CLASSES = List.of("W1_4", "W5_9", "W10_19", "W20_49", "W50_99", "W100_PLUS");
    static final double[] SIZE_SHARES = {0.30, 0.24, 0.19, 0.15, 0.07, 0.05};

    /** Q06 answers in option order; those that did not grow are split 60/40 into stable and shrunk. */
    static final List<String> EVOLUTIONS = List.of("GEGROEID", "STABIEL", "GESLONKEN");
    static final double STABLE_OF_THE_REST = 0.6;

    /** Employers with five or more staff who ask for a trial period: clearly fewer than the small ones. */
    static final double LARGER_EMPLOYER_TRIAL = 0.35;

    /**
     * How those who ask for a trial period split: candidate only, both, employer only. "Ruim de
     * helft van de werkgevers die een proefperiode bedoeld voor kandidaat-werknemers selecteren
     * … kiezen ook voor een proefperiode bedoeld voor de werkgever": both / (candidate only + both)
     * is 0.35 / 0.64, about 55%.
     */
    static final double[] TRIAL_SPLIT = {0.29, 0.35, 0.36};

    /** Q20 FINANCIEEL: the most chosen support form. */
    static final double FINANCIEEL = 0.56;

    private StudyFigures() {
    }
}
