/*
 * actors_world.c - builds the coder's actor dictionary from a world model,
 * so that the two never disagree: states (name, aliases, demonyms; capital
 * and seats of government as <STATE>GOV), organisations, non-state actors,
 * groupings (expanded to their members on the coding date; EUR, "Europe"
 * in general, is kept whole) and people with their dated roles.
 */
#include "text_int.h"

#include <stdio.h>
#include <string.h>

/* "the Kremlin" -> "Kremlin": the matcher does not need the article.
 * `one_cap`: a one-word capitalised name must keep its capital (a
 * person's surname alone: "Borne", "Cooper", "Truss" are also words). */
static int add_name_case(ent_dict *d, const char *name, uint32_t idx, bool one_cap)
{
    if (!name || !name[0])
        return 0;
    bool article = false;
    if (strncmp(name, "the ", 4) == 0 || strncmp(name, "The ", 4) == 0) {
        name += 4;
        article = true;
    }
    /* two-letter all-capital names ("US", "UN") must match case */
    char buf[512];
    size_t n = strlen(name);
    if (n >= sizeof buf - 2)
        return 0;
    bool upper = n <= 4;
    for (size_t i = 0; i < n; i++)
        if (!(name[i] >= 'A' && name[i] <= 'Z'))
            upper = false;
    /* '/' '|' ';' and '*' are pattern syntax: take such names literally */
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = name[i];
        buf[o++] = (ch == '/' || ch == '|' || ch == ';' || ch == '*') ? ' ' : ch;
    }
    /* "the Alliance": without its article a one-word name must keep its
     * capital ("alliance" is an ordinary word) */
    if (upper || ((article || one_cap) && !strchr(name, ' ') && name[0] >= 'A' && name[0] <= 'Z'))
        buf[o++] = '!';
    buf[o] = '\0';
    return dict_add_phrase(d, buf, o, PH_ACTOR, idx);
}

static int add_name(ent_dict *d, const char *name, uint32_t idx)
{
    return add_name_case(d, name, idx, false);
}

/* A capital named in one word keeps its capital letter ("male
 * population" is no Malé, the Maldives' capital), and its all-capital form
 * in a dateline ("MALE, Maldives -") matches too. */
static int add_capital(ent_dict *d, const char *name, uint32_t idx)
{
    if (!name || !name[0] || strchr(name, ' ') || !(name[0] >= 'A' && name[0] <= 'Z'))
        return add_name(d, name, idx);
    return dict_add_cased_word(d, name, strlen(name), idx);
}

static int add_names(ent_dict *d, const char *const *names, uint32_t idx)
{
    for (size_t i = 0; names && names[i]; i++) {
        int rc = add_name(d, names[i], idx);
        if (rc)
            return rc;
    }
    return 0;
}

/* The code a role gives its holder: the state's government (or military
 * for military posts), or the organisation itself. */
static void role_code(const ent_world *w, const ent_role *r, char *code, char *root)
{
    const ent_actor *of = ent_world_actor(w, r->of);
    snprintf(root, ENT_ACTOR_CODE_MAX, "%s", r->of);
    if (of && of->kind == ENT_ACTOR_STATE) {
        bool mil = strstr(r->role, "chief_of") || strstr(r->role, "commander") ||
                   strstr(r->role, "general_staff");
        snprintf(code, ENT_ACTOR_CODE_MAX, "%.3s%s", r->of, mil ? "MIL" : "GOV");
    } else {
        snprintf(code, ENT_ACTOR_CODE_MAX, "%s", r->of);
    }
}

int ent_dict_add_world(ent_dict *d, const ent_world *w)
{
    ent_list all = {0};
    int rc = ent_world_actors(w, ENT_DATE_MIN, -1, &all);
    for (size_t i = 0; rc == 0 && i < all.n; i++) {
        const ent_actor *a = all.items[i];
        actor_entry e;
        memset(&e, 0, sizeof e);
        snprintf(e.code, sizeof e.code, "%s", a->code);
        snprintf(e.root, sizeof e.root, "%s", a->code);
        uint32_t idx;
        switch (a->kind) {
        case ENT_ACTOR_STATE:
        case ENT_ACTOR_ORGANISATION:
        case ENT_ACTOR_NONSTATE:
            e.kind = a->kind == ENT_ACTOR_STATE ? AK_STATE : AK_ORG;
            if ((rc = dict_add_actor(d, &e, &idx)))
                break;
            /* one-word names keep their capital: "pole", "polish",
             * "turkey", "china" are words */
            rc = add_capital(d, a->name, idx);
            for (size_t k = 0; rc == 0 && a->aliases && a->aliases[k]; k++)
                rc = add_capital(d, a->aliases[k], idx);
            for (size_t k = 0; rc == 0 && a->demonyms && a->demonyms[k]; k++)
                rc = add_capital(d, a->demonyms[k], idx);
            if (rc == 0 && a->kind == ENT_ACTOR_STATE && (a->capital || (a->seats && a->seats[0]))) {
                actor_entry g = e;
                snprintf(g.code, sizeof g.code, "%.3sGOV", a->code);
                if ((rc = dict_add_actor(d, &g, &idx)))
                    break;
                rc = add_capital(d, a->capital, idx);
                if (rc == 0)
                    rc = add_names(d, a->seats, idx);
            }
            break;
        case ENT_ACTOR_GROUP:
            /* Geographic groupings ("the Baltic states", "the Nordic
             * countries") expand to their members; Europe in general and
             * forums such as the G7 or BRICS stay one actor */
            e.kind = AK_ORG;
            if (strcmp(a->code, "EUR") != 0 && a->name &&
                (strstr(a->name, "states") || strstr(a->name, "countries") ||
                 strstr(a->name, "nations") || strstr(a->name, "republics") ||
                 strstr(a->name, "powers")))
                e.kind = AK_GROUP;
            e.world_code = a->code;
            if ((rc = dict_add_actor(d, &e, &idx)))
                break;
            rc = add_name(d, a->name, idx);
            if (rc == 0)
                rc = add_names(d, a->aliases, idx);
            break;
        case ENT_ACTOR_PERSON: {
            const char *nat = a->nationality ? a->nationality : "";
            snprintf(e.code, sizeof e.code, "%.3sELI", nat);
            snprintf(e.root, sizeof e.root, "%.3s", nat);
            e.kind = AK_PERSON;
            e.role_first = (uint32_t)d->n_roles;
            ent_list roles = {0};
            rc = ent_world_roles(w, ENT_DATE_MIN, a->code, NULL, NULL, &roles);
            for (size_t k = 0; rc == 0 && k < roles.n; k++) {
                const ent_role *r = roles.items[k];
                char code[ENT_ACTOR_CODE_MAX], root[ENT_ACTOR_CODE_MAX];
                role_code(w, r, code, root);
                rc = dict_add_role(d, r->from, r->until, code, root);
                e.n_roles++;
            }
            ent_list_free(&roles);
            if (rc == 0 && (rc = dict_add_actor(d, &e, &idx)) == 0) {
                rc = add_name_case(d, a->name, idx, true);
                for (size_t k = 0; rc == 0 && a->aliases && a->aliases[k]; k++)
                    rc = add_name_case(d, a->aliases[k], idx, true);
            }
            break;
        }
        default:
            break;
        }
    }
    ent_list_free(&all);
    if (rc == 0) {
        d->world = w;
        d->expand = ent_world_expand;
        d->list_free = ent_list_free;
        rc = dict_index(d);
    }
    return rc;
}
