/*
 * cascade_fixture.h - a small synthetic cascade world (states with
 * spending, nuclear and major-power flags, defence obligations, ties,
 * contiguity, rivalries) and parameters under which states do join wars,
 * plus a field-by-field comparison of two results. Shared by the split
 * test (threads as ranks) and the MPI test (real ranks).
 */
#ifndef ENT_TEST_CASCADE_FIXTURE_H
#define ENT_TEST_CASCADE_FIXTURE_H

#include <entente/cascade.h>
#include <stdio.h>
#include <string.h>

static uint64_t fixture_next(uint64_t *s)
{
    *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
    return *s >> 33;
}

static int fixture_world(ent_cascade_world **out, size_t n)
{
    uint64_t s = 42;
    int rc = ent_cascade_world_new(out, n);
    if (rc)
        return rc;
    ent_cascade_world *w = *out;
    for (size_t i = 0; i < n; i++) {
        /* n stays below 100 here, so two digits always fit. */
        w->code[i][0] = 'S';
        w->code[i][1] = (char)('0' + i / 10 % 10);
        w->code[i][2] = (char)('0' + i % 10);
        w->code[i][3] = '\0';
        w->ccode[i] = (int)(100 + i);
        w->milex[i] = 1.0 + (double)(fixture_next(&s) % 1000);
        w->nuclear[i] = i < 3;
        w->major[i] = i < 5;
    }
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            if (i == j)
                continue;
            size_t k = i * n + j;
            uint64_t x = fixture_next(&s) % 100;
            w->defend[k] = x < 12 ? 1.0f : x < 18 ? 0.5f : 0.0f;
            w->tie[k] = w->tie[j * n + i] = (uint8_t)(w->tie[k] || x < 20);
            w->contig[k] = w->contig[j * n + i] =
                (uint8_t)(w->contig[k] || (i + 1 == j));
            w->dist_km[k] = w->dist_km[j * n + i] =
                (float)(300 + 100 * (i > j ? i - j : j - i));
            w->rival[k] = w->rival[j * n + i] =
                (uint8_t)(w->rival[k] || x > 94);
            w->tripwire[k] = x == 50;
        }
    w->date = 0;
    return 0;
}

static void fixture_params(ent_cascade_params *p)
{
    ent_cascade_params_default(p);
    p->beta[ENT_CF_CONST_A] = -3.0;
    p->beta[ENT_CF_CONST_T] = -2.5;
    p->beta[ENT_CF_OBLIG_P] = 2.5;
    p->beta[ENT_CF_OBLIG_J] = 1.5;
    p->beta[ENT_CF_TIE_P] = 0.8;
    p->beta[ENT_CF_CONTIG_P] = 0.7;
    p->beta[ENT_CF_MAJOR] = 0.4;
    p->p_nuc_limited = 0.1;
    p->p_nuc_strategic = 0.2;
}

/* Equal results: counts, and the coalitions with their members. */
static void fixture_assert_equal(const ent_cascade_result *a,
                                 const ent_cascade_result *b)
{
    assert_int_equal(a->n, b->n);
    assert_int_equal(a->trials, b->trials);
    assert_int_equal(a->wars, b->wars);
    assert_int_equal(a->coalitions_truncated, b->coalitions_truncated);
    assert_memory_equal(a->level, b->level, sizeof a->level);
    assert_memory_equal(a->n_attacker_side, b->n_attacker_side,
                        a->n * sizeof *a->n_attacker_side);
    assert_memory_equal(a->n_target_side, b->n_target_side,
                        a->n * sizeof *a->n_target_side);
    assert_true(a->rho == b->rho);
    assert_int_equal(a->n_coalitions, b->n_coalitions);
    for (size_t c = 0; c < a->n_coalitions; c++) {
        const ent_cascade_coalition *x = &a->coalitions[c], *y = &b->coalitions[c];
        assert_int_equal(x->count, y->count);
        assert_int_equal(x->war, y->war);
        assert_int_equal(x->n_attacker, y->n_attacker);
        assert_int_equal(x->n_target, y->n_target);
        assert_memory_equal(x->attacker_side, y->attacker_side,
                            x->n_attacker * sizeof *x->attacker_side);
        assert_memory_equal(x->target_side, y->target_side,
                            x->n_target * sizeof *x->target_side);
    }
}

#endif
