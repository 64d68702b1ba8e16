/* Type-3 media: partitions (CXL r3.2 §8.2.10.9.2.1-2), scan media
 * (§8.2.10.9.4.4-6), secure erase (§8.2.10.9.5.2), and what background
 * operations do when they complete. */
#include <stdio.h>
#include <string.h>

#include "sim_internal.h"

#define CAP_BYTES ((uint64_t)CXLMB_SIM_CAP_TOTAL << 28)
#define PARTITIONABLE (CXLMB_SIM_CAP_TOTAL - CXLMB_SIM_CAP_VOL_ONLY - CXLMB_SIM_CAP_PERS_ONLY)

void cxlmb_sim_debug(struct cxlmb_sim *s, const char *what)
{
	char line[96];
	int n = snprintf(line, sizeof(line), "t=%llu %s\n", (unsigned long long)s->now_ns, what);
	uint32_t len = n < 0 ? 0 : (uint32_t)n >= sizeof(line) ? (uint32_t)sizeof(line) - 1 : (uint32_t)n;

	if (T3(s)->dbg.len + len > CXLMB_SIM_DEBUG_LOG_SIZE)
		return; /* full: the oldest lines are what a debugger wants */
	memcpy(T3(s)->dbg.text + T3(s)->dbg.len, line, len);
	T3(s)->dbg.len += len;
}

void cxlmb_sim_media_reset(struct cxlmb_sim *s)
{
	memset(&T3(s)->part, 0, sizeof(T3(s)->part));
	T3(s)->part.active_vol = CXLMB_SIM_CAP_VOL_ONLY + PARTITIONABLE / 2;
	memset(&T3(s)->scan, 0, sizeof(T3(s)->scan));
	memset(T3(s)->dbg.text, 0, T3(s)->dbg.len);
	T3(s)->dbg.len = 0;
	memset(&T3(s)->dc, 0, sizeof(T3(s)->dc));
	memset(&T3(s)->scrub, 0, sizeof(T3(s)->scrub));
	T3(s)->scrub.cycle = T3(s)->scrub.saved_cycle = 24; /* hours */
	T3(s)->scrub.enabled = T3(s)->scrub.saved_enabled = 1;
}

void cxlmb_sim_media_power_cycle(struct cxlmb_sim *s)
{
	if (T3(s)->part.pending) {
		T3(s)->part.active_vol = T3(s)->part.next_vol;
		T3(s)->part.pending = 0;
		T3(s)->part.next_vol = 0;
	}
	T3(s)->scrub.cycle = T3(s)->scrub.saved_cycle;
	T3(s)->scrub.enabled = T3(s)->scrub.saved_enabled;
	T3(s)->scrub.xfer = 0;
}

/* ---- partitions ---- */

uint16_t cxlmb_sim_h_get_partition_info(struct cxlmb_sim *s, const void *req, void *rsp)
{
	struct cxlmb_get_partition_info_rsp *r = rsp;
	(void)req;
	r->active_volatile = T3(s)->part.active_vol;
	r->active_persistent = CXLMB_SIM_CAP_TOTAL - T3(s)->part.active_vol;
	if (T3(s)->part.pending) {
		r->next_volatile = T3(s)->part.next_vol;
		r->next_persistent = CXLMB_SIM_CAP_TOTAL - T3(s)->part.next_vol;
	}
	return CXLMB_RC_SUCCESS;
}

/* The input is the partitionable capacity to make volatile; the rest of it
 * becomes persistent.  Immediate applies it now, else at the next power
 * cycle. */
uint16_t cxlmb_sim_h_set_partition_info(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_set_partition_info_req *q = req;
	uint64_t vol;
	(void)rsp;
	if (q->volatile_capacity > PARTITIONABLE)
		return CXLMB_RC_INVALID_INPUT;
	if (T3(s)->sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	vol = CXLMB_SIM_CAP_VOL_ONLY + q->volatile_capacity;
	if (q->immediate) {
		T3(s)->part.active_vol = vol;
		T3(s)->part.pending = 0;
		T3(s)->part.next_vol = 0;
		cxlmb_sim_debug(s, "partition changed");
	} else {
		T3(s)->part.next_vol = vol;
		T3(s)->part.pending = 1;
	}
	return CXLMB_RC_SUCCESS;
}

/* ---- scan media ---- */

static uint16_t check_range(uint64_t dpa, uint64_t len)
{
	if (dpa % 64 || len % 64 || len == 0)
		return CXLMB_RC_INVALID_INPUT;
	if (dpa >= CAP_BYTES || len > CAP_BYTES - dpa)
		return CXLMB_RC_INVALID_PADDR;
	return CXLMB_RC_SUCCESS;
}

/* Virtual scan speed: 1 ms per 64 MiB, at least 1 ms. */
static uint64_t scan_ns(uint64_t len)
{
	return (len >> 26) * 1000000ull + 1000000ull;
}

uint16_t cxlmb_sim_h_scan_media_caps(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_dpa_range *q = req;
	uint16_t rc = check_range(q->dpa, q->length);
	(void)s;
	if (rc)
		return rc;
	((struct cxlmb_scan_media_caps_rsp *)rsp)->estimated_scan_time_ms =
		(uint32_t)(scan_ns(q->length) / 1000000ull);
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_scan_media(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_scan_media_req *q = req;
	uint16_t rc = check_range(q->dpa, q->length);
	(void)rsp;
	if (rc)
		return rc;
	if (T3(s)->sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	T3(s)->scan.dpa = q->dpa;
	T3(s)->scan.len = q->length;
	T3(s)->scan.no_event_log = q->no_event_log;
	T3(s)->scan.nres = T3(s)->scan.next = 0;
	return cxlmb_sim_bg_start(s, 0x4304, scan_ns(q->length));
}

/* The scan finds the poisoned lines in its range (as media errors) and,
 * unless told not to, logs a General Media event for each. */
static void scan_complete(struct cxlmb_sim *s)
{
	uint64_t end = T3(s)->scan.dpa + T3(s)->scan.len;

	T3(s)->scan.has_run = 1;
	/* a scan of the whole media makes the list whole again */
	if (T3(s)->scan.dpa == 0 && T3(s)->scan.len == CAP_BYTES)
		T3(s)->poison_overflow = 0;
	for (uint32_t i = 0; i < T3(s)->npoison; i++) {
		uint64_t dpa = T3(s)->poison[i].dpa;
		if (dpa < T3(s)->scan.dpa || dpa >= end)
			continue;
		T3(s)->scan.res[T3(s)->scan.nres].dpa = dpa;
		T3(s)->scan.res[T3(s)->scan.nres].len = T3(s)->poison[i].len;
		T3(s)->scan.res[T3(s)->scan.nres].source = 2; /* internal */
		T3(s)->scan.nres++;
		if (!T3(s)->scan.no_event_log)
			cxlmb_sim_gm_event(s, dpa, CXLMB_SIM_GM_HOST_SCAN);
	}
	cxlmb_sim_debug(s, "scan media complete");
}

uint16_t cxlmb_sim_h_scan_media_results(struct cxlmb_sim *s, const void *req, void *rsp)
{
	struct cxlmb_scan_media_results_rsp *r = rsp;
	uint8_t *out = cxlmb_sim_scratch(s);
	uint32_t fit = (s->payload_size - 0x20) / 0x10, n = 0;
	size_t len;
	(void)req;

	if (cxlmb_sim_cur_bg(s)->running && cxlmb_sim_cur_bg(s)->opcode == 0x4304)
		return CXLMB_RC_BUSY;
	if (!T3(s)->scan.has_run)
		return CXLMB_RC_INVALID_INPUT; /* no scan to report on */
	while (T3(s)->scan.next < T3(s)->scan.nres && n < fit) {
		struct cxlmb_media_error_record rec = { T3(s)->scan.res[T3(s)->scan.next].dpa,
							T3(s)->scan.res[T3(s)->scan.next].source,
							T3(s)->scan.res[T3(s)->scan.next].len };
		if (cxlmb_media_error_record_encode(&rec, out + 0x10 * n, 0x10, &len))
			return CXLMB_RC_INTERNAL;
		T3(s)->scan.next++;
		n++;
	}
	r->flags = T3(s)->scan.next < T3(s)->scan.nres; /* more records */
	r->count = (uint16_t)n;
	r->records = (struct cxlmb_array){ out, n, NULL };
	return CXLMB_RC_SUCCESS;
}

/* ---- secure erase and sanitize ---- */

static void erase_media(struct cxlmb_sim *s)
{
	T3(s)->npoison = 0;
	T3(s)->poison_next = 0;
	T3(s)->poison_overflow = 0;
	T3(s)->scan.has_run = 0;
	T3(s)->scan.nres = T3(s)->scan.next = 0;
}

/* Secure Erase changes the media encryption keys: user data is gone, the
 * poison list with it.  Not with a passphrase set (use 4505h) or while a
 * background operation runs. */
uint16_t cxlmb_sim_h_secure_erase(struct cxlmb_sim *s, const void *req, void *rsp)
{
	(void)req;
	(void)rsp;
	if (T3(s)->sec.user_set || T3(s)->sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	if (cxlmb_sim_cur_bg(s)->running)
		return CXLMB_RC_BUSY;
	erase_media(s);
	cxlmb_sim_debug(s, "secure erase");
	return CXLMB_RC_SUCCESS;
}

void cxlmb_sim_bg_complete(struct cxlmb_sim *s, unsigned ep, uint16_t opcode)
{
	(void)ep; /* the LDs share the Type-3 state; the switch has one VCS */
	switch (opcode) {
	case 0x4400: /* sanitize: all user data, label storage included */
		erase_media(s);
		memset(T3(s)->lsa, 0, T3(s)->lsa_dirty);
		T3(s)->lsa_dirty = 0;
		cxlmb_sim_debug(s, "sanitize complete");
		break;
	case 0x4304:
		scan_complete(s);
		break;
	case 0x5201:
	case 0x5202:
		cxlmb_sim_vcs_complete(s);
		break;
	default:
		break;
	}
}
