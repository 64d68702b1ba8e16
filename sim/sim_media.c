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

	if (s->t3.dbg.len + len > CXLMB_SIM_DEBUG_LOG_SIZE)
		return; /* full: the oldest lines are what a debugger wants */
	memcpy(s->t3.dbg.text + s->t3.dbg.len, line, len);
	s->t3.dbg.len += len;
}

void cxlmb_sim_media_reset(struct cxlmb_sim *s)
{
	memset(&s->t3.part, 0, sizeof(s->t3.part));
	s->t3.part.active_vol = CXLMB_SIM_CAP_VOL_ONLY + PARTITIONABLE / 2;
	memset(&s->t3.scan, 0, sizeof(s->t3.scan));
	memset(s->t3.dbg.text, 0, s->t3.dbg.len);
	s->t3.dbg.len = 0;
	memset(&s->t3.dc, 0, sizeof(s->t3.dc));
	memset(&s->t3.scrub, 0, sizeof(s->t3.scrub));
	s->t3.scrub.cycle = s->t3.scrub.saved_cycle = 24; /* hours */
	s->t3.scrub.enabled = s->t3.scrub.saved_enabled = 1;
}

void cxlmb_sim_media_power_cycle(struct cxlmb_sim *s)
{
	if (s->t3.part.pending) {
		s->t3.part.active_vol = s->t3.part.next_vol;
		s->t3.part.pending = 0;
		s->t3.part.next_vol = 0;
	}
	s->t3.scrub.cycle = s->t3.scrub.saved_cycle;
	s->t3.scrub.enabled = s->t3.scrub.saved_enabled;
	s->t3.scrub.xfer = 0;
}

/* ---- partitions ---- */

uint16_t cxlmb_sim_h_get_partition_info(struct cxlmb_sim *s, const void *req, void *rsp)
{
	struct cxlmb_get_partition_info_rsp *r = rsp;
	(void)req;
	r->active_volatile = s->t3.part.active_vol;
	r->active_persistent = CXLMB_SIM_CAP_TOTAL - s->t3.part.active_vol;
	if (s->t3.part.pending) {
		r->next_volatile = s->t3.part.next_vol;
		r->next_persistent = CXLMB_SIM_CAP_TOTAL - s->t3.part.next_vol;
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
	if (s->t3.sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	vol = CXLMB_SIM_CAP_VOL_ONLY + q->volatile_capacity;
	if (q->immediate) {
		s->t3.part.active_vol = vol;
		s->t3.part.pending = 0;
		s->t3.part.next_vol = 0;
		cxlmb_sim_debug(s, "partition changed");
	} else {
		s->t3.part.next_vol = vol;
		s->t3.part.pending = 1;
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
	if (s->t3.sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	s->t3.scan.dpa = q->dpa;
	s->t3.scan.len = q->length;
	s->t3.scan.no_event_log = q->no_event_log;
	s->t3.scan.nres = s->t3.scan.next = 0;
	return cxlmb_sim_bg_start(s, 0x4304, scan_ns(q->length));
}

/* The scan finds the poisoned lines in its range (as media errors) and,
 * unless told not to, logs a General Media event for each. */
static void scan_complete(struct cxlmb_sim *s)
{
	uint64_t end = s->t3.scan.dpa + s->t3.scan.len;

	s->t3.scan.has_run = 1;
	/* a scan of the whole media makes the list whole again */
	if (s->t3.scan.dpa == 0 && s->t3.scan.len == CAP_BYTES)
		s->t3.poison_overflow = 0;
	for (uint32_t i = 0; i < s->t3.npoison; i++) {
		uint64_t dpa = s->t3.poison[i].dpa;
		if (dpa < s->t3.scan.dpa || dpa >= end)
			continue;
		s->t3.scan.res[s->t3.scan.nres].dpa = dpa;
		s->t3.scan.res[s->t3.scan.nres].len = s->t3.poison[i].len;
		s->t3.scan.res[s->t3.scan.nres].source = 2; /* internal */
		s->t3.scan.nres++;
		if (!s->t3.scan.no_event_log) {
			uint8_t data[0x50] = { 0 };
			for (unsigned b = 0; b < 8; b++)
				data[b] = (uint8_t)(dpa >> (8 * b));
			data[0x08] = 0x01; /* uncorrectable */
			data[0x0A] = 0x03; /* host scan media */
			cxlmb_sim_add_event(s, 2, cxlmb_event_type_uuid(CXLMB_EVT_GENERAL_MEDIA), data);
		}
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
	if (!s->t3.scan.has_run)
		return CXLMB_RC_INVALID_INPUT; /* no scan to report on */
	while (s->t3.scan.next < s->t3.scan.nres && n < fit) {
		struct cxlmb_media_error_record rec = { s->t3.scan.res[s->t3.scan.next].dpa,
							s->t3.scan.res[s->t3.scan.next].source,
							s->t3.scan.res[s->t3.scan.next].len };
		if (cxlmb_media_error_record_encode(&rec, out + 0x10 * n, 0x10, &len))
			return CXLMB_RC_INTERNAL;
		s->t3.scan.next++;
		n++;
	}
	r->flags = s->t3.scan.next < s->t3.scan.nres; /* more records */
	r->count = (uint16_t)n;
	r->records = (struct cxlmb_array){ out, n };
	return CXLMB_RC_SUCCESS;
}

/* ---- secure erase and sanitize ---- */

static void erase_media(struct cxlmb_sim *s)
{
	s->t3.npoison = 0;
	s->t3.poison_next = 0;
	s->t3.poison_overflow = 0;
	s->t3.scan.has_run = 0;
	s->t3.scan.nres = s->t3.scan.next = 0;
}

/* Secure Erase changes the media encryption keys: user data is gone, the
 * poison list with it.  Not with a passphrase set (use 4505h) or while a
 * background operation runs. */
uint16_t cxlmb_sim_h_secure_erase(struct cxlmb_sim *s, const void *req, void *rsp)
{
	(void)req;
	(void)rsp;
	if (s->t3.sec.user_set || s->t3.sec.locked)
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
		memset(s->t3.lsa, 0, s->t3.lsa_dirty);
		s->t3.lsa_dirty = 0;
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
