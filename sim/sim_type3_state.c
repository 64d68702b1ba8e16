/* Type-3 device state behind the commands: timestamp, label storage,
 * shutdown state, poison list, data-at-rest security (CXL r3.2 §8.2.10.4,
 * §8.2.10.9.2-6). */
#include <string.h>

#include "sim_internal.h"


uint16_t cxlmb_sim_h_get_timestamp(struct cxlmb_sim *s, const void *req, void *rsp)
{
	(void)req;
	((struct cxlmb_timestamp *)rsp)->timestamp =
		T3(s)->ts_set_at || T3(s)->ts_base ? T3(s)->ts_base + (s->now_ns - T3(s)->ts_set_at) : 0;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_set_timestamp(struct cxlmb_sim *s, const void *req, void *rsp)
{
	(void)rsp;
	T3(s)->ts_base = ((const struct cxlmb_timestamp *)req)->timestamp;
	T3(s)->ts_set_at = s->now_ns;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_get_lsa(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_get_lsa_req *q = req;
	if (q->offset > CXLMB_SIM_LSA_SIZE || q->length > CXLMB_SIM_LSA_SIZE - q->offset ||
	    q->length > s->payload_size)
		return CXLMB_RC_INVALID_INPUT;
	if (T3(s)->sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	((struct cxlmb_memdev_data *)rsp)->data = (struct cxlmb_bytes){ T3(s)->lsa + q->offset, q->length };
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_set_lsa(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_set_lsa_req *q = req;
	(void)rsp;
	if (q->offset > CXLMB_SIM_LSA_SIZE || q->data.len > CXLMB_SIM_LSA_SIZE - q->offset)
		return CXLMB_RC_INVALID_INPUT;
	if (T3(s)->sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	memcpy(T3(s)->lsa + q->offset, q->data.data, q->data.len);
	if (q->offset + q->data.len > T3(s)->lsa_dirty)
		T3(s)->lsa_dirty = q->offset + q->data.len;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_get_shutdown(struct cxlmb_sim *s, const void *req, void *rsp)
{
	(void)req;
	((struct cxlmb_shutdown_state *)rsp)->dirty = T3(s)->dirty_shutdown;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_set_shutdown(struct cxlmb_sim *s, const void *req, void *rsp)
{
	(void)rsp;
	T3(s)->dirty_shutdown = ((const struct cxlmb_shutdown_state *)req)->dirty;
	return CXLMB_RC_SUCCESS;
}

/* ---- poison (64-byte granules) ---- */

/* Add a record; a full list overflows (the first overflow is timestamped). */
static void poison_add(struct cxlmb_sim *s, uint64_t dpa, uint8_t source)
{
	if (T3(s)->npoison == CXLMB_SIM_POISON_MAX) {
		if (!T3(s)->poison_overflow)
			T3(s)->poison_overflow_ts = s->now_ns;
		T3(s)->poison_overflow = 1;
		return;
	}
	T3(s)->poison[T3(s)->npoison].dpa = dpa;
	T3(s)->poison[T3(s)->npoison].len = 1;
	T3(s)->poison[T3(s)->npoison].source = source;
	T3(s)->npoison++;
}

static bool poisoned(const struct cxlmb_sim *s, uint64_t dpa)
{
	for (uint32_t i = 0; i < T3(s)->npoison; i++)
		if (T3(s)->poison[i].dpa == dpa)
			return true;
	return false;
}

void cxlmb_sim_media_error(struct cxlmb_sim *s, uint64_t dpa)
{
	dpa &= ~63ull;
	if (dpa >= CXLMB_SIM_CAPACITY || poisoned(s, dpa))
		return;
	cxlmb_sim_gm_event(s, dpa, CXLMB_SIM_GM_INTERNAL_SCRUB);
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
	for (uint32_t i = 0; i < T3(s)->npoison; i++)
		injected += T3(s)->poison[i].source == 3;
	if (injected >= CXLMB_SIM_INJECT_LIMIT)
		return CXLMB_RC_POISON_LIMIT;
	cxlmb_sim_gm_event(s, dpa, CXLMB_SIM_GM_HOST_INJECT);
	poison_add(s, dpa, 3);  /* injected */
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_clear_poison(struct cxlmb_sim *s, const void *req, void *rsp)
{
	uint64_t dpa = ((const struct cxlmb_clear_poison_req *)req)->dpa;
	(void)rsp;
	if (dpa >= CXLMB_SIM_CAPACITY)
		return CXLMB_RC_INVALID_PADDR;
	for (uint32_t i = 0; i < T3(s)->npoison; i++) {
		if (T3(s)->poison[i].dpa == dpa) {
			T3(s)->poison[i] = T3(s)->poison[--T3(s)->npoison];
			T3(s)->poison_next = 0; /* the order changed: a paged read restarts */
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
	if (T3(s)->poison_next > T3(s)->npoison)
		T3(s)->poison_next = 0;
	for (uint32_t i = T3(s)->poison_next; i < T3(s)->npoison; i++) {
		struct cxlmb_media_error_record rec;
		if (T3(s)->poison[i].dpa < q->dpa || T3(s)->poison[i].dpa >= end)
			continue;
		if (n == max) {
			r->more_records = 1;
			T3(s)->poison_next = i;
			break;
		}
		rec = (struct cxlmb_media_error_record){ T3(s)->poison[i].dpa, T3(s)->poison[i].source,
							 T3(s)->poison[i].len };
		if (cxlmb_media_error_record_encode(&rec, out + 0x10 * n, 0x10, &len))
			return CXLMB_RC_INTERNAL;
		n++;
	}
	if (!r->more_records)
		T3(s)->poison_next = 0;
	r->overflow = T3(s)->poison_overflow;
	r->overflow_ts = T3(s)->poison_overflow ? T3(s)->poison_overflow_ts : 0;
	r->scan_in_progress = T3(s)->bg.running && T3(s)->bg.opcode == 0x4304;
	r->count = (uint16_t)n;
	r->records = (struct cxlmb_array){ out, n, NULL };
	return CXLMB_RC_SUCCESS;
}

/* ---- data-at-rest security (§8.2.10.9.6): passphrases, lock, freeze,
 * attempt limits; a user passphrase locks the device at every reset ---- */

uint16_t cxlmb_sim_h_security_state(struct cxlmb_sim *s, const void *req, void *rsp)
{
	struct cxlmb_security_state_rsp *r = rsp;
	(void)req;
	r->user_pass_set = T3(s)->sec.user_set;
	r->master_pass_set = T3(s)->sec.master_set;
	r->locked = T3(s)->sec.locked;
	r->frozen = T3(s)->sec.frozen;
	r->user_attempts_exceeded = T3(s)->sec.user_fails >= CXLMB_SIM_PASS_ATTEMPTS;
	r->master_attempts_exceeded = T3(s)->sec.master_fails >= CXLMB_SIM_PASS_ATTEMPTS;
	return CXLMB_RC_SUCCESS;
}

/* Check a passphrase of the given type; counts failures toward the limit. */
static uint16_t check_pass(struct cxlmb_sim *s, uint8_t type, const uint8_t *pass)
{
	uint8_t *fails = type ? &T3(s)->sec.user_fails : &T3(s)->sec.master_fails;
	const uint8_t *want = type ? T3(s)->sec.user : T3(s)->sec.master;
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
	uint8_t *set = q->type ? &T3(s)->sec.user_set : &T3(s)->sec.master_set;
	(void)rsp;
	if (T3(s)->sec.frozen || T3(s)->sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	if (*set) {
		uint16_t rc = check_pass(s, q->type, q->current);
		if (rc)
			return rc;
	}
	memcpy(q->type ? T3(s)->sec.user : T3(s)->sec.master, q->new_pass, 32);
	*set = 1;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_disable_passphrase(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_passphrase_req *q = req;
	uint8_t *set = q->type ? &T3(s)->sec.user_set : &T3(s)->sec.master_set;
	uint16_t rc;
	(void)rsp;
	if (T3(s)->sec.frozen || T3(s)->sec.locked || !*set)
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
	if (T3(s)->sec.frozen || !T3(s)->sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	if ((rc = check_pass(s, 1, ((const struct cxlmb_unlock_req *)req)->passphrase)) != 0)
		return rc;
	T3(s)->sec.locked = 0;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_freeze(struct cxlmb_sim *s, const void *req, void *rsp)
{
	(void)req;
	(void)rsp;
	T3(s)->sec.frozen = 1;
	return CXLMB_RC_SUCCESS;
}

/* Erases user data and the user passphrase; the master passphrase (if set)
 * authorises it, else the user's. */
uint16_t cxlmb_sim_h_passphrase_secure_erase(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_passphrase_req *q = req;
	uint16_t rc;
	(void)rsp;
	if (T3(s)->sec.frozen)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	if (q->type == 0 ? !T3(s)->sec.master_set : !T3(s)->sec.user_set)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	if ((rc = check_pass(s, q->type, q->passphrase)) != 0)
		return rc;
	memset(T3(s)->lsa, 0, T3(s)->lsa_dirty);
	T3(s)->lsa_dirty = 0;
	T3(s)->sec.user_set = 0;
	T3(s)->sec.locked = 0;
	T3(s)->npoison = 0;
	T3(s)->poison_overflow = 0;
	return CXLMB_RC_SUCCESS;
}
