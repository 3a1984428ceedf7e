/* test_world.c - the world model: as-of queries, group expansion,
 * commitment status history, overlays and validation. */
#include "test_util.h"

#include <entente/world.h>
#include <string.h>

static ent_date D(const char *s)
{
    ent_date d = 0;
    assert_int_equal(ent_date_parse(&d, s), 0);
    return d;
}

static ent_world *small_world(void)
{
    ent_world *w;
    assert_int_equal(ent_world_new(&w), 0);
    const char *codes[] = {"USA", "EST", "FIN", "RUS", "UKR"};
    for (size_t i = 0; i < 5; i++) {
        ent_actor a = {.code = codes[i], .kind = ENT_ACTOR_STATE, .name = codes[i],
                       .from = ENT_DATE_MIN, .until = ENT_DATE_MAX};
        assert_int_equal(ent_world_add_actor(w, &a), 0);
    }
    ent_actor nato = {.code = "NATO", .kind = ENT_ACTOR_ORGANISATION,
                      .name = "NATO", .from = ENT_DATE_MIN, .until = ENT_DATE_MAX};
    ent_actor p = {.code = "trump", .kind = ENT_ACTOR_PERSON, .name = "Trump",
                   .from = ENT_DATE_MIN, .until = ENT_DATE_MAX};
    ent_actor b = {.code = "biden", .kind = ENT_ACTOR_PERSON, .name = "Biden",
                   .from = ENT_DATE_MIN, .until = ENT_DATE_MAX};
    assert_int_equal(ent_world_add_actor(w, &nato), 0);
    assert_int_equal(ent_world_add_actor(w, &p), 0);
    assert_int_equal(ent_world_add_actor(w, &b), 0);
    ent_membership m1 = {.member = "USA", .group = "NATO", .from = D("1949-08-24"),
                         .until = ENT_DATE_MAX};
    ent_membership m2 = {.member = "EST", .group = "NATO", .from = D("2004-03-29"),
                         .until = ENT_DATE_MAX};
    ent_membership m3 = {.member = "FIN", .group = "NATO", .from = D("2023-04-04"),
                         .until = ENT_DATE_MAX};
    assert_int_equal(ent_world_add_membership(w, &m1), 0);
    assert_int_equal(ent_world_add_membership(w, &m2), 0);
    assert_int_equal(ent_world_add_membership(w, &m3), 0);
    ent_role r1 = {.person = "trump", .role = "head_of_state", .of = "USA",
                   .from = D("2017-01-20"), .until = D("2021-01-19")};
    ent_role r2 = {.person = "biden", .role = "head_of_state", .of = "USA",
                   .from = D("2021-01-20"), .until = D("2025-01-19")};
    ent_role r3 = {.person = "trump", .role = "head_of_state", .of = "USA",
                   .from = D("2025-01-20"), .until = ENT_DATE_MAX};
    assert_int_equal(ent_world_add_role(w, &r1), 0);
    assert_int_equal(ent_world_add_role(w, &r2), 0);
    assert_int_equal(ent_world_add_role(w, &r3), 0);
    const char *nato_p[] = {"NATO", NULL};
    ent_commitment art5 = {.id = "nato-art5", .kind = ENT_COMMIT_COLLECTIVE_DEFENCE,
                           .parties = nato_p, .mutual = true,
                           .status = ENT_STATUS_IN_FORCE, .from = D("1949-08-24"),
                           .until = ENT_DATE_MAX};
    assert_int_equal(ent_world_add_commitment(w, &art5), 0);
    const char *usa[] = {"USA", NULL}, *ukr[] = {"UKR", NULL}, *rus[] = {"RUS", NULL};
    ent_status_change h[] = {{D("2025-08-20"), ENT_STATUS_DECLINED, "trump", NULL}};
    ent_condition cond[] = {{"troops", "troops on the ground", ENT_COND_UNKNOWN}};
    ent_commitment g = {.id = "us-guarantee", .kind = ENT_COMMIT_SECURITY_GUARANTEE,
                        .parties = usa, .beneficiaries = ukr, .opponents = rus,
                        .status = ENT_STATUS_PROPOSED, .history = h, .n_history = 1,
                        .conditions = cond, .n_conditions = 1,
                        .from = ENT_DATE_MIN, .until = ENT_DATE_MAX};
    assert_int_equal(ent_world_add_commitment(w, &g), 0);
    return w;
}

static void test_world__asof_membership_and_roles(void **state)
{
    (void)state;
    ent_world *w = small_world();
    assert_false(ent_world_is_member(w, D("2004-03-28"), "EST", "NATO"));
    assert_true(ent_world_is_member(w, D("2004-03-29"), "EST", "NATO"));
    ent_list l = {0};
    assert_int_equal(ent_world_expand(w, D("2022-06-01"), "NATO", &l), 0);
    assert_int_equal(l.n, 2); /* USA, EST: Finland joined in 2023 */
    ent_list_free(&l);
    assert_int_equal(ent_world_expand(w, D("2025-09-15"), "NATO", &l), 0);
    assert_int_equal(l.n, 3);
    ent_list_free(&l);
    assert_string_equal(
        ent_world_role_holder(w, D("2022-06-01"), "USA", "head_of_state")->code,
        "biden");
    assert_string_equal(
        ent_world_role_holder(w, D("2025-09-15"), "USA", "head_of_state")->code,
        "trump");
    ent_world_free(w);
}

static void test_world__commitments_and_status(void **state)
{
    (void)state;
    ent_world *w = small_world();
    const ent_commitment *art5 = ent_world_commitment(w, "nato-art5");
    assert_non_null(art5);
    assert_true(ent_commitment_covers(w, art5, D("2025-09-15"), "FIN"));
    assert_false(ent_commitment_covers(w, art5, D("2022-06-01"), "FIN"));
    assert_false(ent_commitment_covers(w, art5, D("2025-09-15"), "UKR"));
    const ent_commitment *g = ent_world_commitment(w, "us-guarantee");
    assert_int_equal(ent_commitment_status_at(g, D("2025-08-19")), ENT_STATUS_PROPOSED);
    assert_int_equal(ent_commitment_status_at(g, D("2025-08-20")), ENT_STATUS_DECLINED);
    ent_list l = {0};
    assert_int_equal(ent_world_commitments(w, D("2025-09-15"), "EST", &l), 0);
    assert_int_equal(l.n, 1);
    ent_list_free(&l);
    ent_world_free(w);
}

static void test_world__overlay_does_not_touch_parent(void **state)
{
    (void)state;
    ent_world *w = small_world(), *o;
    assert_int_equal(ent_world_overlay_new(&o, w), 0);
    assert_int_equal(ent_world_set_commitment_status(o, "us-guarantee",
                                                     ENT_STATUS_IN_FORCE), 0);
    assert_int_equal(ent_world_set_condition(o, "us-guarantee", "troops",
                                             ENT_COND_HOLDS), 0);
    assert_int_equal(ent_world_set_condition(o, "us-guarantee", "nope",
                                             ENT_COND_HOLDS), ENT_ENOTFOUND);
    const ent_commitment *in_o = ent_world_commitment(o, "us-guarantee");
    const ent_commitment *in_w = ent_world_commitment(w, "us-guarantee");
    assert_ptr_not_equal(in_o, in_w);
    assert_int_equal(ent_commitment_status_at(in_o, D("2025-09-15")), ENT_STATUS_IN_FORCE);
    assert_int_equal(in_o->conditions[0].state, ENT_COND_HOLDS);
    assert_int_equal(ent_commitment_status_at(in_w, D("2025-09-15")), ENT_STATUS_DECLINED);
    assert_int_equal(in_w->conditions[0].state, ENT_COND_UNKNOWN);
    /* Removing in the overlay hides it there only; lists agree. */
    assert_int_equal(ent_world_remove_commitment(o, "nato-art5"), 0);
    assert_null(ent_world_commitment(o, "nato-art5"));
    assert_non_null(ent_world_commitment(w, "nato-art5"));
    ent_list l = {0};
    ent_world_commitments(o, ENT_DATE_MIN, NULL, &l);
    assert_int_equal(l.n, 1);
    ent_list_free(&l);
    ent_world_commitments(w, ENT_DATE_MIN, NULL, &l);
    assert_int_equal(l.n, 2);
    ent_list_free(&l);
    ent_world_free(o);
    ent_world_free(w);
}

static void test_world__validate_finds_overlaps_and_dangling(void **state)
{
    (void)state;
    ent_world *w = small_world();
    ent_role dup = {.person = "biden", .role = "head_of_state", .of = "USA",
                    .from = D("2024-01-01"), .until = D("2026-01-01"),
                    .file = "x.yaml", .line = 7, .col = 3};
    ent_membership bad = {.member = "XXX", .group = "NATO",
                          .from = ENT_DATE_MIN, .until = ENT_DATE_MAX,
                          .file = "x.yaml", .line = 9, .col = 3};
    assert_int_equal(ent_world_add_role(w, &dup), 0);
    assert_int_equal(ent_world_add_membership(w, &bad), 0);
    ent_list errors = {0};
    size_t n = ent_world_validate(w, ENT_VALIDATE_ALL, &errors);
    assert_true(n >= 2);
    bool overlap = false, dangling = false;
    for (size_t i = 0; i < errors.n; i++) {
        const char *e = errors.items[i];
        overlap |= strstr(e, "x.yaml:7:3:") != NULL;
        dangling |= strstr(e, "x.yaml:9:3: unknown actor code 'XXX'") != NULL;
    }
    assert_true(overlap);
    assert_true(dangling);
    ent_world_errors_free(&errors);
    ent_world_free(w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_world__asof_membership_and_roles),
        cmocka_unit_test(test_world__commitments_and_status),
        cmocka_unit_test(test_world__overlay_does_not_touch_parent),
        cmocka_unit_test(test_world__validate_finds_overlaps_and_dangling),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
