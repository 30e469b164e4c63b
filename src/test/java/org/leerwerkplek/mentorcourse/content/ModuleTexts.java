package org.leerwerkplek.mentorcourse.content;

/**
 * Small valid module files for tests. The line numbers that the tests rely on:
 * 2 id, 3 order, 4 focus, 5 minutes, 6 title (7 nl, 8 fr), 9 summary, 12 reflection (items at 13
 * and 15), 17 quiz (questions at 18, 31 and 44; each question's options key 4 lines below it),
 * 57 closing ---, 59 {@code ::: nl}, 63 its {@code :::}, 65 {@code ::: fr}, 69 its {@code :::}.
 */
final class ModuleTexts {

    private ModuleTexts() {
    }

    static String valid(String id, int order, String focus) {
        return """
                ---
                id: %s
                order: %d
                focus: %s
                minutes: 15
                title:
                  nl: Titel van %1$s
                  fr: Titre de %1$s
                summary:
                  nl: Samenvatting.
                  fr: Résumé.
                reflection:
                  - nl: Wat doe jij?
                    fr: Que fais-tu ?
                  - nl: Wat doet je ploeg?
                    fr: Que fait ton équipe ?
                quiz:
                %s%s%s---

                ::: nl
                ## Situatie op de werf

                Kevin is ploegleider.
                :::

                ::: fr
                ## Situation sur le chantier

                Kevin est chef d'équipe.
                :::
                """.formatted(id, order, focus, question("q1"), question("q2"), question("q3"));
    }

    /** A quiz question of 13 lines whose second option is the correct one. */
    private static String question(String id) {
        return """
                  - id: %s
                    question:
                      nl: Wat doe je?
                      fr: Que fais-tu ?
                    options:
                      - nl: Niets
                        fr: Rien
                      - nl: Tonen
                        fr: Montrer
                        correct: true
                    explanation:
                      nl: Tonen werkt.
                      fr: Montrer, ça marche.
                """.formatted(id);
    }
}
