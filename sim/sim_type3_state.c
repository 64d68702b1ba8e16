/* Type-3 device state behind the commands: timestamp, label storage,
 * shutdown state, poison list, data-at-rest security (CXL r3.2 §8.2.10.4,
 * §8.2.10.9.2-6). */
#include <string.h>

#include "sim_internal.h"


uint16_t cxlmb_sim_h_get_timestamp(struct cxlmb_sim *s, const void *req, void *rsp)
{
	(void)req;
	((struct cxlmb_timestamp *)rsp)->timestamp =
		s->t3.ts_set_at || s->t3.ts_base ? s->t3.ts_base + (s->now_ns - s->t3.ts_set_at) : 0;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_set_timestamp(struct cxlmb_sim *s, const void *req, void *rsp)
{
	(void)rsp;
	s->t3.ts_base = ((const struct cxlmb_timestamp *)req)->timestamp;
	s->t3.ts_set_at = s->now_ns;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_get_lsa(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_get_lsa_req *q = req;
	if (q->offset > CXLMB_SIM_LSA_SIZE || q->length > CXLMB_SIM_LSA_SIZE - q->offset ||
	    q->length > s->payload_size)
		return CXLMB_RC_INVALID_INPUT;
	if (s->t3.sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	((struct cxlmb_memdev_data *)rsp)->data = (struct cxlmb_bytes){ s->t3.lsa + q->offset, q->length };
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_set_lsa(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_set_lsa_req *q = req;
	(void)rsp;
	if (q->offset > CXLMB_SIM_LSA_SIZE || q->data.len > CXLMB_SIM_LSA_SIZE - q->offset)
		return CXLMB_RC_INVALID_INPUT;
	if (s->t3.sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	memcpy(s->t3.lsa + q->offset, q->data.data, q->data.len);
	if (q->offset + q->data.len > s->t3.lsa_dirty)
		s->t3.lsa_dirty = q->offset + q->data.len;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_get_shutdown(struct cxlmb_sim *s, const void *req, void *rsp)
{
	(void)req;
	((struct cxlmb_shutdown_state *)rsp)->dirty = s->t3.dirty_shutdown;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_set_shutdown(struct cxlmb_sim *s, const void *req, void *rsp)
{
	(void)rsp;
	s->t3.dirty_shutdown = ((const struct cxlmb_shutdown_state *)req)->dirty;
	return CXLMB_RC_SUCCESS;
}

/* ---- poison (64-byte granules) ---- */

static void gm_event(struct cxlmb_sim *s, uint64_t dpa, uint8_t transaction)
{
	/* a General Media record in the failure log: uncorrectable (CXL r3.2
	 * §8.2.10.2.1.1) */
	uint8_t data[0x50] = { 0 };
	for (unsigned i = 0; i < 8; i++)
		data[i] = (uint8_t)(dpa >> (8 * i));
	data[0x08] = 0x01;
	data[0x0A] = transaction;
	cxlmb_sim_add_event(s, 2, cxlmb_event_type_uuid(CXLMB_EVT_GENERAL_MEDIA), data);
}

/* Add a record; a full list overflows (the first overflow is timestamped). */
static void poison_add(struct cxlmb_sim *s, uint64_t dpa, uint8_t source)
{
	if (s->t3.npoison == CXLMB_SIM_POISON_MAX) {
		if (!s->t3.poison_overflow)
			s->t3.poison_overflow_ts = s->now_ns;
		s->t3.poison_overflow = 1;
		return;
	}
	s->t3.poison[s->t3.npoison].dpa = dpa;
	s->t3.poison[s->t3.npoison].len = 1;
	s->t3.poison[s->t3.npoison].source = source;
	s->t3.npoison++;
}

static bool poisoned(const struct cxlmb_sim *s, uint64_t dpa)
{
	for (uint32_t i = 0; i < s->t3.npoison; i++)
		if (s->t3.poison[i].dpa == dpa)
			return true;
	return false;
}

void cxlmb_sim_media_error(struct cxlmb_sim *s, uint64_t dpa)
{
	dpa &= ~63ull;
	if (dpa >= CXLMB_SIM_CAPACITY || poisoned(s, dpa))
		return;
	gm_event(s, dpa, 0x05); /* internal media scrub */
	poison_add(s, dpa, 2);  /* internal */
}

uint16_t cxlmb_sim_h_inject_poison(struct cxlmb_sim *s, const void *req, void *rsp)
{
	uint64_t dpa = ((const struct cxlmb_inject_poison_req *)req)->dpa;
	uint32_t injected = 0;
	(void)rsp;
	if (dpa >= CXLMB_SIM_CAPACITY)
		return CXLMB_RC_INVALID_PADDR;
	if (poisoned(s, dpa))
		return CXLMB_RC_SUCCESS; /* already poisoned */
	for (uint32_t i = 0; i < s->t3.npoison; i++)
		injected += s->t3.poison[i].source == 3;
	if (injected >= CXLMB_SIM_INJECT_LIMIT)
		return CXLMB_RC_POISON_LIMIT;
	gm_event(s, dpa, 0x04); /* host inject poison */
	poison_add(s, dpa, 3);  /* injected */
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_clear_poison(struct cxlmb_sim *s, const void *req, void *rsp)
{
	uint64_t dpa = ((const struct cxlmb_clear_poison_req *)req)->dpa;
	(void)rsp;
	if (dpa >= CXLMB_SIM_CAPACITY)
		return CXLMB_RC_INVALID_PADDR;
	for (uint32_t i = 0; i < s->t3.npoison; i++) {
		if (s->t3.poison[i].dpa == dpa) {
			s->t3.poison[i] = s->t3.poison[--s->t3.npoison];
			s->t3.poison_next = 0; /* the order changed: a paged read restarts */
			break;
		}
	}
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_get_poison_list(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_dpa_range *q = req;
	struct cxlmb_get_poison_list_rsp *r = rsp;
	uint8_t *out = cxlmb_sim_scratch(s);
	uint64_t end = q->dpa + q->length * 64;
	uint32_t max = (s->payload_size - 0x20) / 0x10, n = 0;
	size_t len;

	if (q->dpa >= CXLMB_SIM_CAPACITY || end > CXLMB_SIM_CAPACITY || end < q->dpa)
		return CXLMB_RC_INVALID_PADDR;
	/* a list that did not fit continues where the last answer stopped */
	if (s->t3.poison_next > s->t3.npoison)
		s->t3.poison_next = 0;
	for (uint32_t i = s->t3.poison_next; i < s->t3.npoison; i++) {
		struct cxlmb_media_error_record rec;
		if (s->t3.poison[i].dpa < q->dpa || s->t3.poison[i].dpa >= end)
			continue;
		if (n == max) {
			r->more_records = 1;
			s->t3.poison_next = i;
			break;
		}
		rec = (struct cxlmb_media_error_record){ s->t3.poison[i].dpa, s->t3.poison[i].source,
							 s->t3.poison[i].len };
		if (cxlmb_media_error_record_encode(&rec, out + 0x10 * n, 0x10, &len))
			return CXLMB_RC_INTERNAL;
		n++;
	}
	if (!r->more_records)
		s->t3.poison_next = 0;
	r->overflow = s->t3.poison_overflow;
	r->overflow_ts = s->t3.poison_overflow ? s->t3.poison_overflow_ts : 0;
	r->scan_in_progress = s->bg[CXLMB_SIM_EP_TYPE3].running &&
			      s->bg[CXLMB_SIM_EP_TYPE3].opcode == 0x4304;
	r->count = (uint16_t)n;
	r->records = (struct cxlmb_array){ out, n };
	return CXLMB_RC_SUCCESS;
}

/* ---- data-at-rest security (§8.2.10.9.6): passphrases, lock, freeze,
 * attempt limits; a user passphrase locks the device at every reset ---- */

uint16_t cxlmb_sim_h_security_state(struct cxlmb_sim *s, const void *req, void *rsp)
{
	struct cxlmb_security_state_rsp *r = rsp;
	(void)req;
	r->user_pass_set = s->t3.sec.user_set;
	r->master_pass_set = s->t3.sec.master_set;
	r->locked = s->t3.sec.locked;
	r->frozen = s->t3.sec.frozen;
	r->user_attempts_exceeded = s->t3.sec.user_fails >= CXLMB_SIM_PASS_ATTEMPTS;
	r->master_attempts_exceeded = s->t3.sec.master_fails >= CXLMB_SIM_PASS_ATTEMPTS;
	return CXLMB_RC_SUCCESS;
}

/* Check a passphrase of the given type; counts failures toward the limit. */
static uint16_t check_pass(struct cxlmb_sim *s, uint8_t type, const uint8_t *pass)
{
	uint8_t *fails = type ? &s->t3.sec.user_fails : &s->t3.sec.master_fails;
	const uint8_t *want = type ? s->t3.sec.user : s->t3.sec.master;
	if (*fails >= CXLMB_SIM_PASS_ATTEMPTS)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	if (memcmp(want, pass, 32) != 0) {
		(*fails)++;
		return CXLMB_RC_INCORRECT_PASSPHRASE;
	}
	*fails = 0;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_set_passphrase(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_set_passphrase_req *q = req;
	uint8_t *set = q->type ? &s->t3.sec.user_set : &s->t3.sec.master_set;
	(void)rsp;
	if (s->t3.sec.frozen || s->t3.sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	if (*set) {
		uint16_t rc = check_pass(s, q->type, q->current);
		if (rc)
			return rc;
	}
	memcpy(q->type ? s->t3.sec.user : s->t3.sec.master, q->new_pass, 32);
	*set = 1;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_disable_passphrase(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_passphrase_req *q = req;
	uint8_t *set = q->type ? &s->t3.sec.user_set : &s->t3.sec.master_set;
	uint16_t rc;
	(void)rsp;
	if (s->t3.sec.frozen || s->t3.sec.locked || !*set)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	if ((rc = check_pass(s, q->type, q->passphrase)) != 0)
		return rc;
	*set = 0;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_unlock(struct cxlmb_sim *s, const void *req, void *rsp)
{
	uint16_t rc;
	(void)rsp;
	if (s->t3.sec.frozen || !s->t3.sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	if ((rc = check_pass(s, 1, ((const struct cxlmb_unlock_req *)req)->passphrase)) != 0)
		return rc;
	s->t3.sec.locked = 0;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_freeze(struct cxlmb_sim *s, const void *req, void *rsp)
{
	(void)req;
	(void)rsp;
	s->t3.sec.frozen = 1;
	return CXLMB_RC_SUCCESS;
}

/* Erases user data and the user passphrase; the master passphrase (if set)
 * authorises it, else the user's. */
uint16_t cxlmb_sim_h_passphrase_secure_erase(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_passphrase_req *q = req;
	uint16_t rc;
	(void)rsp;
	if (s->t3.sec.frozen)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	if (q->type == 0 ? !s->t3.sec.master_set : !s->t3.sec.user_set)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	if ((rc = check_pass(s, q->type, q->passphrase)) != 0)
		return rc;
	memset(s->t3.lsa, 0, s->t3.lsa_dirty);
	s->t3.lsa_dirty = 0;
	s->t3.sec.user_set = 0;
	s->t3.sec.locked = 0;
	s->t3.npoison = 0;
	s->t3.poison_overflow = 0;
	return CXLMB_RC_SUCCESS;
}
