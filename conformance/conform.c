/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The runner: learn what the target is (Identify, the CEL), then run the
 * selected checks in table order, timing each.  A check that finds the
 * device no longer answering ends as an error; the runner asks once more
 * (Identify) and, if the device is gone, marks the checks left as errors
 * that could not run. */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cf_internal.h"

static const struct {
	const struct cf_check *t;
	const size_t *n;
} areas[] = {
	{ cf_checks_regs, &cf_nchecks_regs }, { cf_checks_cel, &cf_nchecks_cel },
	{ cf_checks_cmd, &cf_nchecks_cmd },   { cf_checks_err, &cf_nchecks_err },
	{ cf_checks_bnd, &cf_nchecks_bnd },   { cf_checks_state, &cf_nchecks_state },
	{ cf_checks_fm, &cf_nchecks_fm },
};

size_t cf_check_count(void)
{
	size_t n = 0;
	for (size_t a = 0; a < CF_N(areas); a++)
		n += *areas[a].n;
	return n;
}

const struct cf_check *cf_check_at(size_t i)
{
	for (size_t a = 0; a < CF_N(areas); a++) {
		if (i < *areas[a].n)
			return &areas[a].t[i];
		i -= *areas[a].n;
	}
	return NULL;
}

const char *cf_outcome_name(unsigned o)
{
	static const char *const n[] = { "pass", "fail", "skip", "error" };
	return o < CF_OUTCOME_COUNT ? n[o] : "?";
}

const char *cf_target_name(unsigned t)
{
	switch (t) {
	case CF_T_TYPE3: return "type3";
	case CF_T_SWITCH: return "switch";
	case CF_T_LD: return "ld";
	case CF_T_FMLD: return "fm-ld";
	default: return "unknown";
	}
}

bool cf_match(const char *p, const char *s)
{
	/* iterative glob: * and ? (backtracks to the last star only) */
	const char *star = NULL, *resume = NULL;
	while (*s) {
		if (*p == '?' || *p == *s) {
			p++;
			s++;
		} else if (*p == '*') {
			star = p++;
			resume = s;
		} else if (star) {
			p = star + 1;
			s = ++resume;
		} else {
			return false;
		}
	}
	while (*p == '*')
		p++;
	return *p == 0;
}

static bool selected(const struct cf_options *o, const char *id)
{
	bool in = o->n_only == 0;
	for (size_t i = 0; i < o->n_only && !in; i++)
		in = cf_match(o->only[i], id);
	for (size_t i = 0; i < o->n_skip && in; i++)
		in = !cf_match(o->skip[i], id);
	return in;
}

static uint64_t wall_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* The CEL, read in pieces no larger than the payload (r3.2 §8.2.10.5.2).
 * Discovery: read leniently (cel.supported-logs-lists-cel and
 * cel.read-whole judge these answers strictly). */
static void read_cel(struct cf_ctx *c, struct cf_io *io)
{
	static const uint8_t zero[8];
	uint32_t size = 0, off = 0;
	bool listed = false;

	if (cf_peek(c, 0x0400, zero, 0, io) || io->rc != CXLMB_RC_SUCCESS)
		return;
	{
		const struct cxlmb_get_supported_logs_rsp *r = (const void *)io->val;
		for (uint16_t i = 0; i < r->count; i++) {
			struct cxlmb_supported_log_entry e;
			if (cxlmb_array_get(&cxlmb_supported_log_entry_schema, &r->entries, i, 0, &e))
				break;
			if (!memcmp(e.uuid, cxlmb_uuid_cel, 16)) {
				size = e.size;
				listed = true;
			}
		}
	}
	if (!listed)
		return;
	if (size > CF_CEL_MAX * CXLMB_CEL_ENTRY_LEN)
		size = CF_CEL_MAX * CXLMB_CEL_ENTRY_LEN;
	while (off < size) {
		uint8_t q[CXLMB_GET_LOG_REQ_LEN];
		uint32_t want = size - off < c->max_payload ? size - off : c->max_payload;
		want &= ~3u;
		if (!want)
			break;
		memcpy(q, cxlmb_uuid_cel, 16);
		cf_put32(q + 16, off);
		cf_put32(q + 20, want);
		if (cf_peek(c, 0x0401, q, sizeof(q), io) || io->rc != CXLMB_RC_SUCCESS)
			return;
		for (size_t i = 0; i + 4 <= io->len && c->ncel < CF_CEL_MAX; i += 4) {
			c->cel[c->ncel].op = (uint16_t)cf_get(io->buf + i, 2);
			c->cel[c->ncel].eff = (uint16_t)cf_get(io->buf + i + 2, 2);
			c->ncel++;
		}
		if (io->len < want)
			break;
		off += want;
	}
	c->cel_ok = true;
}

/* Identify and CEL; the target kind. */
static void learn(struct cf_ctx *c)
{
	static struct cf_io io;
	struct cf_result scratch = { 0 };

	c->r = &scratch; /* outcomes of the set-up reads are not a check's */
	c->max_payload = c->ep->max_payload ? c->ep->max_payload : 256;
	if (c->max_payload > 4096)
		c->max_payload = 4096;
	if (cf_peek(c, 0x0001, NULL, 0, &io) == 0 && io.rc == CXLMB_RC_SUCCESS) {
		memcpy(&c->ident, io.val, sizeof(c->ident));
		c->have_ident = true;
		if (c->ident.max_msg_size >= 8 && c->ident.max_msg_size <= 20 &&
		    (1u << c->ident.max_msg_size) < c->max_payload)
			c->max_payload = 1u << c->ident.max_msg_size;
	}
	if (!c->dead)
		read_cel(c, &io);
	if (c->ep->kind == CXLMB_EPK_ROUTE)
		c->kind = cf_in_cel(c, 0x5400) ? CF_T_FMLD : CF_T_LD;
	else if ((c->have_ident && c->ident.component_type == 0x00) || cf_in_cel(c, 0x5100))
		c->kind = CF_T_SWITCH;
	else
		c->kind = CF_T_TYPE3;
	c->outcome = CF_PASS;
	c->dlen = 0;
	c->r = NULL;
}

/* After an error: is anyone there? */
static bool still_answers(struct cf_ctx *c)
{
	struct cxlmb_request rq = { 0x0001, NULL, 0 };
	uint8_t buf[64];
	struct cxlmb_response rs = { .buf = buf, .cap = sizeof(buf) };
	return cxlmb_ep_send(c->ep, &rq, &rs, NULL) == CXLMB_E_OK;
}

static void run_one(struct cf_ctx *c, const struct cf_check *k, struct cf_result *r)
{
	uint64_t t0 = wall_ns();

	memset(r, 0, sizeof(*r));
	r->chk = k;
	c->r = r;
	c->outcome = CF_PASS;
	c->dlen = 0;
	if (c->dead) {
		cf_errorf(c, "not run: the device stopped answering");
	} else if (!(k->targets & c->kind)) {
		cf_skip(c, "not applicable to a %s target", cf_target_name(c->kind));
	} else if (k->regs && !c->t->mb) {
		cf_skip(c, "needs register access (this target is reachable by messages only)");
	} else if (!cf_need_destructive(c, k)) {
		k->fn(c, k);
		if (c->dead && still_answers(c))
			c->dead = false; /* a hiccup: later checks may still run */
	}
	r->outcome = c->outcome;
	r->ns = wall_ns() - t0;
}

int cf_run(const struct cf_target *t, const struct cf_options *o, struct cf_report *rep)
{
	struct cf_ctx *c = calloc(1, sizeof(*c));
	size_t total = cf_check_count(), n = 0;
	uint64_t t0 = wall_ns();

	memset(rep, 0, sizeof(*rep));
	rep->target_name = t->name;
	if (!c)
		return -1;
	rep->res = calloc(total ? total : 1, sizeof(*rep->res));
	if (!rep->res) {
		free(c);
		return -1;
	}
	for (size_t i = 0; i < total; i++)
		n += selected(o, cf_check_at(i)->id);
	if (n == 0) {
		snprintf(rep->setup_error, sizeof(rep->setup_error),
			 "no check matches the --only/--skip selection");
		free(c);
		return -1;
	}
	c->t = t;
	c->o = o;
	c->ep = t->ep;
	learn(c);
	rep->kind = c->kind;
	rep->ident = c->ident;
	rep->have_ident = c->have_ident;
	rep->cel_count = c->ncel;
	rep->planned = n;
	if (o->progress) {
		cf_report_begin(o->progress, rep, o->progress_format);
		fflush(o->progress);
	}
	for (size_t i = 0; i < total; i++) {
		const struct cf_check *k = cf_check_at(i);
		struct cf_result *r;
		if (!selected(o, k->id))
			continue;
		r = &rep->res[rep->n++];
		run_one(c, k, r);
		rep->count[r->outcome]++;
		if (k->severity == CF_MANDATORY && (r->outcome == CF_FAIL || r->outcome == CF_ERROR))
			rep->mandatory_failed++;
		if (o->progress) { /* as it finishes: a crash names the next check */
			cf_report_line(o->progress, rep, rep->n - 1, o->progress_format);
			fflush(o->progress);
		}
	}
	rep->ns = wall_ns() - t0;
	free(c);
	return 0;
}

void cf_report_free(struct cf_report *rep)
{
	free(rep->res);
	rep->res = NULL;
	rep->n = 0;
}
