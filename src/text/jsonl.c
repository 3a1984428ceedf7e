/*
 * jsonl.c - one JSONL news document per line: {"id", "date", "text"}.
 */
#define _POSIX_C_SOURCE 200809L
#include <entente/text.h>

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

int ent_text_parse_jsonl_doc(const char *line, size_t n, char **id, ent_date *date,
                             char **text, size_t *len)
{
    json_error_t jerr;
    int rc = 0;
    *id = *text = NULL;
    *len = 0;
    json_t *j = json_loadb(line, n, JSON_ALLOW_NUL, &jerr);
    if (!j || !json_is_object(j)) {
        json_decref(j);
        return ent_error_set(ENT_EINVALID, "not a JSON object");
    }
    json_t *jid = json_object_get(j, "id");
    const char *ds = json_string_value(json_object_get(j, "date"));
    json_t *tx = json_object_get(j, "text");
    ent_date d;
    if (ds && ds[0] && ent_date_parse(&d, ds) != 0)
        rc = ent_error_set(ENT_EINVALID, "bad date '%.40s'", ds);
    else if (!json_is_string(tx))
        rc = ent_error_set(ENT_EINVALID, "no \"text\" string");
    if (rc == 0) {
        if (ds && ds[0])
            *date = d;
        *len = json_string_length(tx);
        *text = malloc(*len + 1);
        if (*text)
            memcpy(*text, json_string_value(tx), *len + 1);
        if (json_is_string(jid))
            *id = strdup(json_string_value(jid));
        else if (json_is_integer(jid)) {
            char buf[32];
            snprintf(buf, sizeof buf, "%lld", (long long)json_integer_value(jid));
            *id = strdup(buf);
        }
        if (!*text || (jid && (json_is_string(jid) || json_is_integer(jid)) && !*id)) {
            free(*text);
            free(*id);
            *text = *id = NULL;
            *len = 0;
            rc = ent_error_set(ENT_ENOMEM, "out of memory");
        }
    }
    json_decref(j);
    return rc;
}
