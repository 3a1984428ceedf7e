/*
 * test_seed_scenario.c - the seed scenario (scenarios/ukraine-guarantees-2025.yaml)
 * loads over the shipped world and holds the facts of the seed article: who
 * held which office on which day (ambassador hand-over, NSDC secretary,
 * presidents), the declined U.S. guarantee, the conditional European one,
 * Russia's allies, the claims and issues the models read. Dates are tested at
 * their boundaries so an off-by-one in the data or in the queries fails.
 */
#include "test_util.h"

#include <entente/io.h>
#include <entente/world.h>
#include <string.h>

static ent_world *world;

static ent_date d(const char *s)
{
    ent_date x = 0;
    assert_int_equal(ent_date_parse(&x, s), 0);
    return x;
}

static int setup(void **state)
{
    (void)state;
    const char *paths[] = {ENT_SOURCE_DIR "/scenarios/ukraine-guarantees-2025.yaml"};
    ent_list errors = {0};
    int rc = ent_io_load(&world, paths, 1, &errors);
    for (size_t i = 0; i < errors.n; i++)
        fprintf(stderr, "%s\n", (const char *)errors.items[i]);
    ent_world_errors_free(&errors);
    return rc == 0 ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    ent_world_free(world);
    return 0;
}

/* The single holder of `role` of `of` (at `at`, if not NULL) on `date`, or NULL;
 * fails the test if there is more than one. */
static const char *holder(const char *of, const char *role, const char *at,
                          const char *date)
{
    ent_list l = {0};
    const char *who = NULL;
    int n = 0;
    assert_int_equal(ent_world_roles(world, d(date), NULL, of, role, &l), 0);
    for (size_t i = 0; i < l.n; i++) {
        const ent_role *r = l.items[i];
        if (at && (!r->at || strcmp(r->at, at) != 0))
            continue;
        who = r->person;
        n++;
    }
    ent_list_free(&l);
    assert_true(n <= 1);
    return who;
}

static bool has(const char *const *list, const char *s)
{
    for (; list && *list; list++)
        if (strcmp(*list, s) == 0)
            return true;
    return false;
}

static bool expands_to(const char *code, const char *date, const char *state)
{
    ent_list l = {0};
    bool found = false;
    assert_int_equal(ent_world_expand(world, d(date), code, &l), 0);
    for (size_t i = 0; i < l.n; i++)
        if (strcmp(((const ent_actor *)l.items[i])->code, state) == 0)
            found = true;
    ent_list_free(&l);
    return found;
}

static void test_seed__scenario_date(void **state)
{
    (void)state;
    const ent_scenario_info *info = ent_world_scenario(world);
    assert_non_null(info);
    assert_true(info->date == d("2025-08-28"));
}

static void test_seed__ambassador_handover(void **state)
{
    (void)state;
    assert_string_equal(holder("UKR", "ambassador", "USA", "2021-02-25"),
                        "oksana-markarova");
    assert_string_equal(holder("UKR", "ambassador", "USA", "2025-08-26"),
                        "oksana-markarova");
    assert_string_equal(holder("UKR", "ambassador", "USA", "2025-08-27"),
                        "olha-stefanishyna");
    assert_null(holder("UKR", "ambassador", "USA", "2021-02-24"));
    /* her former office ended before the new one began */
    assert_string_equal(holder("UKR", "deputy_prime_minister", NULL, "2025-07-16"),
                        "olha-stefanishyna");
    assert_null(holder("UKR", "deputy_prime_minister", NULL, "2025-08-27"));
}

static void test_seed__ukrainian_officials(void **state)
{
    (void)state;
    assert_string_equal(holder("UKR", "head_of_state", NULL, "2025-08-28"),
                        "volodymyr-zelenskyy");
    assert_string_equal(holder("UKR", "secretary_security_council", NULL, "2025-07-17"),
                        "oleksandr-lytvynenko");
    assert_string_equal(holder("UKR", "secretary_security_council", NULL, "2025-07-18"),
                        "rustem-umerov");
    assert_string_equal(holder("UKR", "defence_minister", NULL, "2025-07-16"),
                        "rustem-umerov");
    assert_string_equal(holder("UKR", "defence_minister", NULL, "2025-07-17"),
                        "denys-shmyhal");
    assert_string_equal(holder("UKR", "head_of_government", NULL, "2025-07-16"),
                        "denys-shmyhal");
    assert_string_equal(holder("UKR", "head_of_government", NULL, "2025-07-17"),
                        "yulia-svyrydenko");
    assert_string_equal(holder("UKR", "head_of_presidential_office", NULL, "2025-11-28"),
                        "andriy-yermak");
    assert_null(holder("UKR", "head_of_presidential_office", NULL, "2025-11-29"));
    assert_string_equal(holder("UKR", "foreign_minister", NULL, "2024-09-04"),
                        "dmytro-kuleba");
    assert_string_equal(holder("UKR", "foreign_minister", NULL, "2024-09-05"),
                        "andrii-sybiha");
    ent_list l = {0};
    assert_int_equal(ent_world_roles(world, d("2025-08-28"), NULL, "UKR",
                                     "delegation_member", &l), 0);
    assert_int_equal(l.n, 2); /* Yermak and Umerov */
    ent_list_free(&l);
    assert_int_equal(ent_world_roles(world, d("2025-08-30"), NULL, "UKR",
                                     "delegation_member", &l), 0);
    assert_int_equal(l.n, 0);
    ent_list_free(&l);
}

static void test_seed__us_officials(void **state)
{
    (void)state;
    assert_string_equal(holder("USA", "head_of_state", NULL, "2025-01-19"), "joe-biden");
    assert_string_equal(holder("USA", "head_of_state", NULL, "2025-01-20"),
                        "donald-trump");
    assert_string_equal(holder("USA", "head_of_state", NULL, "2021-01-19"),
                        "donald-trump");
    assert_string_equal(holder("USA", "head_of_state", NULL, "2021-01-20"), "joe-biden");
    assert_string_equal(holder("USA", "foreign_minister", NULL, "2025-08-28"),
                        "marco-rubio");
    assert_string_equal(holder("USA", "defence_minister", NULL, "2025-08-28"),
                        "pete-hegseth");
    ent_list l = {0};
    assert_int_equal(ent_world_roles(world, d("2025-08-28"), "steve-witkoff", "USA",
                                     "special_envoy", &l), 0);
    assert_int_equal(l.n, 1);
    ent_list_free(&l);
}

static void test_seed__guarantees(void **state)
{
    (void)state;
    ent_date asof = d("2025-08-28");
    const ent_commitment *us = ent_world_commitment(world, "us-guarantee-ukr");
    assert_non_null(us);
    assert_int_equal(ent_commitment_status_at(us, asof), ENT_STATUS_DECLINED);
    assert_true(has(us->beneficiaries, "UKR"));

    const ent_commitment *eur = ent_world_commitment(world, "eur-guarantee-ukr");
    assert_non_null(eur);
    assert_true(has(eur->parties, "EUR"));
    assert_true(has(eur->opponents, "RUS"));
    bool troops = false, weapons = false;
    for (size_t i = 0; i < eur->n_conditions; i++) {
        if (strcmp(eur->conditions[i].id, "troops-on-ground") == 0)
            troops = true;
        if (strcmp(eur->conditions[i].id, "weapons-supply") == 0)
            weapons = eur->conditions[i].state == ENT_COND_HOLDS;
    }
    assert_true(troops);
    assert_true(weapons);

    const ent_commitment *bd = ent_world_commitment(world, "us-backdoor-support-ukr");
    assert_non_null(bd);
    assert_int_equal(ent_commitment_status_at(bd, asof), ENT_STATUS_IN_FORCE);

    /* Russia–DPRK treaty: signed 2024-06-19, in force 2024-12-04 */
    const ent_commitment *rp = ent_world_commitment(world, "rus-prk-2024");
    assert_non_null(rp);
    assert_int_equal(ent_commitment_status_at(rp, d("2024-12-03")), ENT_STATUS_PROPOSED);
    assert_int_equal(ent_commitment_status_at(rp, d("2024-12-04")), ENT_STATUS_IN_FORCE);
    /* NZ suspended from ANZUS by the U.S. in 1986 */
    const ent_commitment *nz = ent_world_commitment(world, "anzus-usa-nzl");
    assert_non_null(nz);
    assert_int_equal(ent_commitment_status_at(nz, d("1986-09-16")), ENT_STATUS_IN_FORCE);
    assert_int_equal(ent_commitment_status_at(nz, d("1986-09-17")), ENT_STATUS_SUSPENDED);
}

static void test_seed__russian_allies(void **state)
{
    (void)state;
    assert_true(expands_to("RUS_ALLIES", "2025-08-28", "BLR"));
    assert_true(expands_to("RUS_ALLIES", "2025-08-28", "PRK"));
    assert_true(expands_to("RUS_ALLIES", "2025-08-28", "IRN"));
    assert_false(expands_to("RUS_ALLIES", "2025-08-28", "RUS"));
    assert_false(expands_to("RUS_ALLIES", "2024-06-18", "PRK"));
}

static void test_seed__claims_and_issues(void **state)
{
    (void)state;
    ent_list l = {0};
    assert_int_equal(ent_world_claims(world, NULL, &l), 0);
    bool threat = false, delegation = false, approval = false;
    for (size_t i = 0; i < l.n; i++) {
        const ent_claim *c = l.items[i];
        assert_non_null(c->source);
        if (strcmp(c->kind, "threat") == 0 && strcmp(c->actor, "RUS") == 0 &&
            has(c->targets, "EST") && has(c->targets, "FIN"))
            threat = true;
        if (strcmp(c->kind, "delegation") == 0 && has(c->targets, "andriy-yermak") &&
            has(c->targets, "rustem-umerov"))
            delegation = true;
        if (strcmp(c->kind, "approval") == 0 && strcmp(c->actor, "donald-trump") == 0)
            approval = true;
    }
    ent_list_free(&l);
    assert_true(threat);
    assert_true(delegation);
    assert_true(approval);

    const ent_issue *is = ent_world_issue(world, "ukr-guarantees");
    assert_non_null(is);
    assert_true(has(is->approvers, "USA")); /* Trump decides for the USA */
    assert_true(has(is->vetoers, "RUS"));
    assert_non_null(ent_world_issue(world, "ceasefire-terms"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed__scenario_date),
        cmocka_unit_test(test_seed__ambassador_handover),
        cmocka_unit_test(test_seed__ukrainian_officials),
        cmocka_unit_test(test_seed__us_officials),
        cmocka_unit_test(test_seed__guarantees),
        cmocka_unit_test(test_seed__russian_allies),
        cmocka_unit_test(test_seed__claims_and_issues),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
