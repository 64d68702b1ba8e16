/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Type-3 device state behind the commands: timestamp, label storage,
 * shutdown state, poison list, data-at-rest security (CXL r3.2 §8.2.10.4,
 * §8.2.10.9.2-6). */
#include <string.h>

#include "sim_internal.h"


uint16_t cxlmb_sim_h_get_timestamp(const struct sim_ctx *c, const void *req, void *rsp)
{
	(void)req;
	((struct cxlmb_timestamp *)rsp)->timestamp =
		c->t3->ts_set_at || c->t3->ts_base ? c->t3->ts_base + (c->s->now_ns - c->t3->ts_set_at) : 0;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_set_timestamp(const struct sim_ctx *c, const void *req, void *rsp)
{
	(void)rsp;
	c->t3->ts_base = ((const struct cxlmb_timestamp *)req)->timestamp;
	c->t3->ts_set_at = c->s->now_ns;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_get_lsa(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_get_lsa_req *q = req;
	if (q->offset > CXLMB_SIM_LSA_SIZE || q->length > CXLMB_SIM_LSA_SIZE - q->offset ||
	    q->length > c->s->payload_size)
		return CXLMB_RC_INVALID_INPUT;
	if (c->t3->sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	((struct cxlmb_memdev_data *)rsp)->data = (struct cxlmb_bytes){ c->t3->lsa + q->offset, q->length };
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_set_lsa(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_set_lsa_req *q = req;
	(void)rsp;
	if (q->offset > CXLMB_SIM_LSA_SIZE || q->data.len > CXLMB_SIM_LSA_SIZE - q->offset)
		return CXLMB_RC_INVALID_INPUT;
	if (c->t3->sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	memcpy(c->t3->lsa + q->offset, q->data.data, q->data.len);
	if (q->offset + q->data.len > c->t3->lsa_dirty)
		c->t3->lsa_dirty = q->offset + q->data.len;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_get_shutdown(const struct sim_ctx *c, const void *req, void *rsp)
{
	(void)req;
	((struct cxlmb_shutdown_state *)rsp)->dirty = c->t3->dirty_shutdown;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_set_shutdown(const struct sim_ctx *c, const void *req, void *rsp)
{
	(void)rsp;
	c->t3->dirty_shutdown = ((const struct cxlmb_shutdown_state *)req)->dirty;
	return CXLMB_RC_SUCCESS;
}

/* ---- poison (64-byte granules) ---- */

/* Add a record; a full list overflows (the first overflow is timestamped). */
static void poison_add(const struct sim_ctx *c, uint64_t dpa, uint8_t source)
{
	if (c->t3->npoison == CXLMB_SIM_POISON_MAX) {
		if (!c->t3->poison_overflow)
			c->t3->poison_overflow_ts = c->s->now_ns;
		c->t3->poison_overflow = 1;
		return;
	}
	c->t3->poison[c->t3->npoison].dpa = dpa;
	c->t3->poison[c->t3->npoison].len = 1;
	c->t3->poison[c->t3->npoison].source = source;
	c->t3->npoison++;
}

static bool poisoned(const struct sim_ctx *c, uint64_t dpa)
{
	for (uint32_t i = 0; i < c->t3->npoison; i++)
		if (c->t3->poison[i].dpa == dpa)
			return true;
	return false;
}

void cxlmb_sim_media_error(struct cxlmb_sim *s, uint64_t dpa)
{
	struct sim_ctx dev = cxlmb_sim_t3_ctx(s, 0, 0), *c = &dev;

	dpa &= ~63ull;
	if (dpa >= CXLMB_SIM_CAPACITY || poisoned(c, dpa))
		return;
	cxlmb_sim_gm_event(c, dpa, CXLMB_SIM_GM_INTERNAL_SCRUB);
	poison_add(c, dpa, 2);  /* internal */
}

uint16_t cxlmb_sim_h_inject_poison(const struct sim_ctx *c, const void *req, void *rsp)
{
	uint64_t dpa = ((const struct cxlmb_inject_poison_req *)req)->dpa;
	uint32_t injected = 0;
	(void)rsp;
	if (dpa >= CXLMB_SIM_CAPACITY)
		return CXLMB_RC_INVALID_PADDR;
	if (poisoned(c, dpa))
		return CXLMB_RC_SUCCESS; /* already poisoned */
	for (uint32_t i = 0; i < c->t3->npoison; i++)
		injected += c->t3->poison[i].source == 3;
	if (injected >= CXLMB_SIM_INJECT_LIMIT)
		return CXLMB_RC_POISON_LIMIT;
	cxlmb_sim_gm_event(c, dpa, CXLMB_SIM_GM_HOST_INJECT);
	poison_add(c, dpa, 3);  /* injected */
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_clear_poison(const struct sim_ctx *c, const void *req, void *rsp)
{
	uint64_t dpa = ((const struct cxlmb_clear_poison_req *)req)->dpa;
	(void)rsp;
	if (dpa >= CXLMB_SIM_CAPACITY)
		return CXLMB_RC_INVALID_PADDR;
	for (uint32_t i = 0; i < c->t3->npoison; i++) {
		if (c->t3->poison[i].dpa == dpa) {
			c->t3->poison[i] = c->t3->poison[--c->t3->npoison];
			c->t3->poison_next = 0; /* the order changed: a paged read restarts */
			break;
		}
	}
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_get_poison_list(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_dpa_range *q = req;
	struct cxlmb_get_poison_list_rsp *r = rsp;
	uint8_t *out = cxlmb_sim_scratch(c);
	uint64_t end = q->dpa + q->length * 64;
	uint32_t max = (c->s->payload_size - 0x20) / 0x10, n = 0;
	size_t len;

	/* the length is in 64-byte units: one so large that its byte count
	 * wraps 64 bits is out of range too */
	if (q->dpa >= CXLMB_SIM_CAPACITY || q->length > CXLMB_SIM_CAPACITY / 64 ||
	    end > CXLMB_SIM_CAPACITY || end < q->dpa)
		return CXLMB_RC_INVALID_PADDR;
	/* a list that did not fit continues where the last answer stopped */
	if (c->t3->poison_next > c->t3->npoison)
		c->t3->poison_next = 0;
	for (uint32_t i = c->t3->poison_next; i < c->t3->npoison; i++) {
		struct cxlmb_media_error_record rec;
		if (c->t3->poison[i].dpa < q->dpa || c->t3->poison[i].dpa >= end)
			continue;
		if (n == max) {
			r->more_records = 1;
			c->t3->poison_next = i;
			break;
		}
		rec = (struct cxlmb_media_error_record){ c->t3->poison[i].dpa, c->t3->poison[i].source,
							 c->t3->poison[i].len };
		if (cxlmb_media_error_record_encode(&rec, out + 0x10 * n, 0x10, &len))
			return CXLMB_RC_INTERNAL;
		n++;
	}
	if (!r->more_records)
		c->t3->poison_next = 0;
	r->overflow = c->t3->poison_overflow;
	r->overflow_ts = c->t3->poison_overflow ? c->t3->poison_overflow_ts : 0;
	r->scan_in_progress = c->t3->bg.running && c->t3->bg.opcode == 0x4304;
	r->count = (uint16_t)n;
	r->records = (struct cxlmb_array){ out, n, NULL };
	return CXLMB_RC_SUCCESS;
}

/* ---- data-at-rest security (§8.2.10.9.6): passphrases, lock, freeze,
 * attempt limits; a user passphrase locks the device at every reset ---- */

uint16_t cxlmb_sim_h_security_state(const struct sim_ctx *c, const void *req, void *rsp)
{
	struct cxlmb_security_state_rsp *r = rsp;
	(void)req;
	r->user_pass_set = c->t3->sec.user_set;
	r->master_pass_set = c->t3->sec.master_set;
	r->locked = c->t3->sec.locked;
	r->frozen = c->t3->sec.frozen;
	r->user_attempts_exceeded = c->t3->sec.user_fails >= CXLMB_SIM_PASS_ATTEMPTS;
	r->master_attempts_exceeded = c->t3->sec.master_fails >= CXLMB_SIM_PASS_ATTEMPTS;
	return CXLMB_RC_SUCCESS;
}

/* Check a passphrase of the given type; counts failures toward the limit. */
static uint16_t check_pass(const struct sim_ctx *c, uint8_t type, const uint8_t *pass)
{
	uint8_t *fails = type ? &c->t3->sec.user_fails : &c->t3->sec.master_fails;
	const uint8_t *want = type ? c->t3->sec.user : c->t3->sec.master;
	if (*fails >= CXLMB_SIM_PASS_ATTEMPTS)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	if (memcmp(want, pass, 32) != 0) {
		(*fails)++;
		return CXLMB_RC_INCORRECT_PASSPHRASE;
	}
	*fails = 0;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_set_passphrase(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_set_passphrase_req *q = req;
	uint8_t *set = q->type ? &c->t3->sec.user_set : &c->t3->sec.master_set;
	(void)rsp;
	if (c->t3->sec.frozen || c->t3->sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	if (*set) {
		uint16_t rc = check_pass(c, q->type, q->current);
		if (rc)
			return rc;
	}
	memcpy(q->type ? c->t3->sec.user : c->t3->sec.master, q->new_pass, 32);
	*set = 1;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_disable_passphrase(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_passphrase_req *q = req;
	uint8_t *set = q->type ? &c->t3->sec.user_set : &c->t3->sec.master_set;
	uint16_t rc;
	(void)rsp;
	if (c->t3->sec.frozen || c->t3->sec.locked || !*set)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	if ((rc = check_pass(c, q->type, q->passphrase)) != 0)
		return rc;
	*set = 0;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_unlock(const struct sim_ctx *c, const void *req, void *rsp)
{
	uint16_t rc;
	(void)rsp;
	if (c->t3->sec.frozen || !c->t3->sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	if ((rc = check_pass(c, 1, ((const struct cxlmb_unlock_req *)req)->passphrase)) != 0)
		return rc;
	c->t3->sec.locked = 0;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_freeze(const struct sim_ctx *c, const void *req, void *rsp)
{
	(void)req;
	(void)rsp;
	c->t3->sec.frozen = 1;
	return CXLMB_RC_SUCCESS;
}

/* Erases user data and the user passphrase; the master passphrase (if set)
 * authorises it, else the user's. */
uint16_t cxlmb_sim_h_passphrase_secure_erase(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_passphrase_req *q = req;
	uint16_t rc;
	(void)rsp;
	if (c->t3->sec.frozen)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	if (q->type == 0 ? !c->t3->sec.master_set : !c->t3->sec.user_set)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	if ((rc = check_pass(c, q->type, q->passphrase)) != 0)
		return rc;
	memset(c->t3->lsa, 0, c->t3->lsa_dirty);
	c->t3->lsa_dirty = 0;
	c->t3->sec.user_set = 0;
	c->t3->sec.locked = 0;
	c->t3->npoison = 0;
	c->t3->poison_overflow = 0;
	return CXLMB_RC_SUCCESS;
}

/* ---- lifecycle: label storage, poison and passphrases are media; the
 * timestamp and the freeze are not; a set user passphrase locks the
 * device at every power cycle ---- */

static void state_reset(struct cxlmb_sim *s)
{
	for (unsigned d = 0; d < s->nt3; d++) {
		struct cxlmb_sim_t3 *t = &s->t3[d];
		memset(t->lsa, 0, t->lsa_dirty); /* O(bytes touched) */
		t->lsa_dirty = 0;
		t->npoison = 0;
		t->poison_overflow = 0;
		t->poison_next = 0;
		t->dirty_shutdown = 0;
		t->ts_base = t->ts_set_at = 0;
		memset(&t->sec, 0, sizeof(t->sec));
		t->rsp_msg_limit = (uint8_t)s->cfg.payload_shift;
	}
}

static void state_power_cycle(struct cxlmb_sim *s)
{
	for (unsigned d = 0; d < s->nt3; d++) {
		struct cxlmb_sim_t3 *t = &s->t3[d];
		t->ts_base = t->ts_set_at = 0;
		t->sec.frozen = 0;
		t->sec.locked = t->sec.user_set;
		t->rsp_msg_limit = (uint8_t)s->cfg.payload_shift;
	}
}

static const char *state_check(const struct cxlmb_sim *s)
{
	for (unsigned d = 0; d < s->nt3; d++) {
		const struct cxlmb_sim_t3 *t = &s->t3[d];
		if (t->npoison > CXLMB_SIM_POISON_MAX)
			return "poison list beyond its maximum";
		if (t->lsa_dirty > CXLMB_SIM_LSA_SIZE)
			return "label storage high-water mark beyond the area";
		if (t->sec.locked && !t->sec.user_set)
			return "locked without a user passphrase";
	}
	return NULL;
}

const struct sim_concern cxlmb_sim_state_concern = { state_reset, state_power_cycle, state_check };
