/*
 * names.c - the file-format names of the world model's enumerations, both
 * ways. These strings are part of the YAML format and the JSON output.
 */
#include <entente/world.h>

#include <string.h>

static const char *const actor_kinds[] = {"state", "organisation", "group",
                                          "person", "nonstate"};
static const char *const commit_kinds[] = {
    "collective_defence", "defence_pact",     "security_guarantee",
    "security_assurance", "neutrality",       "non_aggression",
    "consultation",       "arms_supply",      "troops_stationed",
    "basing",             "sanctions",        "political_support",
    "rivalry"};
static const char *const statuses[] = {"proposed", "in_force", "declined",
                                       "rejected", "suspended", "lapsed"};
static const char *const rules[] = {"weighted", "majority", "unanimity",
                                    "approval", "veto"};
static const char *const conds[] = {"unknown", "holds", "fails"};

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const char *name_of(const char *const *names, size_t n, int v)
{
    return v >= 0 && (size_t)v < n ? names[v] : "?";
}

static int parse(const char *const *names, size_t n, const char *s)
{
    for (size_t i = 0; s && i < n; i++)
        if (strcmp(names[i], s) == 0)
            return (int)i;
    return -1;
}

const char *ent_actor_kind_name(ent_actor_kind k)
{
    return name_of(actor_kinds, N(actor_kinds), (int)k);
}
const char *ent_commit_kind_name(ent_commit_kind k)
{
    return name_of(commit_kinds, N(commit_kinds), (int)k);
}
const char *ent_commit_status_name(ent_commit_status s)
{
    return name_of(statuses, N(statuses), (int)s);
}
const char *ent_rule_kind_name(ent_rule_kind r)
{
    return name_of(rules, N(rules), (int)r);
}
const char *ent_cond_state_name(ent_cond_state c)
{
    return name_of(conds, N(conds), (int)c);
}
int ent_actor_kind_parse(const char *s)
{
    return parse(actor_kinds, N(actor_kinds), s);
}
int ent_commit_kind_parse(const char *s)
{
    return parse(commit_kinds, N(commit_kinds), s);
}
int ent_commit_status_parse(const char *s)
{
    return parse(statuses, N(statuses), s);
}
int ent_rule_kind_parse(const char *s)
{
    return parse(rules, N(rules), s);
}
