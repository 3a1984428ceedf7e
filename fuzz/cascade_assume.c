/* cascade_assume.c - libFuzzer target: the --assume expression parser
 * (ent_cascade_assume) on arbitrary text, against a small world with a
 * guarantee, a condition and a scenario assumption; the result is compiled
 * into the dense world. */
#include <entente/cascade.h>
#include <entente/io.h>

#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *world_yaml =
    "actors:\n"
    "  - {code: AAA, kind: state, name: A, source: t}\n"
    "  - {code: BBB, kind: state, name: B, source: t}\n"
    "commitments:\n"
    "  - id: g.1\n"
    "    kind: security_guarantee\n"
    "    parties: [AAA]\n"
    "    beneficiaries: [BBB]\n"
    "    status: proposed\n"
    "    conditions: [{id: troops, text: troops there}]\n"
    "    source: t\n"
    "assumptions:\n"
    "  - {id: on, commitment: g.1, status: in_force}\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ent_world *w;
    if (!w) {
        ent_list errors = {0};
        ent_io_load_buffer(&w, "w.yaml", world_yaml, strlen(world_yaml),
                           &errors);
        ent_world_errors_free(&errors);
        if (!w)
            return 0;
    }
    char expr[300];
    size_t n = size < sizeof expr - 1 ? size : sizeof expr - 1;
    memcpy(expr, data, n);
    expr[n] = '\0';
    ent_world *ov = NULL;
    if (ent_world_overlay_new(&ov, w) != 0)
        return 0;
    ent_cascade_stance st[4];
    size_t nst = 0;
    /* a comma-separated list, as the CLI splits it */
    for (char *tok = expr, *next; tok; tok = next) {
        next = strchr(tok, ',');
        if (next)
            *next++ = '\0';
        (void)ent_cascade_assume(ov, tok, st, &nst, 4);
    }
    ent_cascade_world *cw = NULL;
    if (ent_cascade_compile(&cw, ov, 0, st, nst) == 0)
        ent_cascade_world_free(cw);
    ent_world_free(ov);
    return 0;
}
