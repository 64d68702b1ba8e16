/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Type-3 media: partitions (CXL r3.2 §8.2.10.9.2.1-2), scan media
 * (§8.2.10.9.4.4-6), secure erase and sanitize (§8.2.10.9.5.1-2); the two
 * background operations carry what they do when they complete. */
#include <stdio.h>
#include <string.h>

#include "sim_internal.h"

#define CAP_BYTES ((uint64_t)CXLMB_SIM_CAP_TOTAL << 28)
#define PARTITIONABLE (CXLMB_SIM_CAP_TOTAL - CXLMB_SIM_CAP_VOL_ONLY - CXLMB_SIM_CAP_PERS_ONLY)

void cxlmb_sim_debug(const struct sim_ctx *c, const char *what)
{
	char line[96];
	int n = snprintf(line, sizeof(line), "t=%llu %s\n", (unsigned long long)c->s->now_ns, what);
	uint32_t len = n < 0 ? 0 : (uint32_t)n >= sizeof(line) ? (uint32_t)sizeof(line) - 1 : (uint32_t)n;

	if (c->t3->dbg.len + len > CXLMB_SIM_DEBUG_LOG_SIZE)
		return; /* full: the oldest lines are what a debugger wants */
	memcpy(c->t3->dbg.text + c->t3->dbg.len, line, len);
	c->t3->dbg.len += len;
}

/* ---- partitions ---- */

uint16_t cxlmb_sim_h_get_partition_info(const struct sim_ctx *c, const void *req, void *rsp)
{
	struct cxlmb_get_partition_info_rsp *r = rsp;
	(void)req;
	r->active_volatile = c->t3->part.active_vol;
	r->active_persistent = CXLMB_SIM_CAP_TOTAL - c->t3->part.active_vol;
	if (c->t3->part.pending) {
		r->next_volatile = c->t3->part.next_vol;
		r->next_persistent = CXLMB_SIM_CAP_TOTAL - c->t3->part.next_vol;
	}
	return CXLMB_RC_SUCCESS;
}

/* The input is the partitionable capacity to make volatile; the rest of it
 * becomes persistent.  Immediate applies it now, else at the next power
 * cycle. */
uint16_t cxlmb_sim_h_set_partition_info(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_set_partition_info_req *q = req;
	uint64_t vol;
	(void)rsp;
	if (q->volatile_capacity > PARTITIONABLE)
		return CXLMB_RC_INVALID_INPUT;
	if (c->t3->sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	vol = CXLMB_SIM_CAP_VOL_ONLY + q->volatile_capacity;
	if (q->immediate) {
		c->t3->part.active_vol = vol;
		c->t3->part.pending = 0;
		c->t3->part.next_vol = 0;
		cxlmb_sim_debug(c, "partition changed");
	} else {
		c->t3->part.next_vol = vol;
		c->t3->part.pending = 1;
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

uint16_t cxlmb_sim_h_scan_media_caps(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_dpa_range *q = req;
	uint16_t rc = check_range(q->dpa, q->length);
	(void)c;
	if (rc)
		return rc;
	((struct cxlmb_scan_media_caps_rsp *)rsp)->estimated_scan_time_ms =
		(uint32_t)(scan_ns(q->length) / 1000000ull);
	return CXLMB_RC_SUCCESS;
}

/* The scan finds the poisoned lines in its range (as media errors) and,
 * unless told not to, logs a General Media event for each. */
static void scan_done(struct cxlmb_sim *s, unsigned dev)
{
	struct sim_ctx ctx = cxlmb_sim_t3_ctx(s, dev, 0), *c = &ctx;
	uint64_t end = c->t3->scan.dpa + c->t3->scan.len;

	c->t3->scan.has_run = 1;
	/* a scan of the whole media makes the list whole again */
	if (c->t3->scan.dpa == 0 && c->t3->scan.len == CAP_BYTES)
		c->t3->poison_overflow = 0;
	for (uint32_t i = 0; i < c->t3->npoison; i++) {
		uint64_t dpa = c->t3->poison[i].dpa;
		if (dpa < c->t3->scan.dpa || dpa >= end)
			continue;
		c->t3->scan.res[c->t3->scan.nres].dpa = dpa;
		c->t3->scan.res[c->t3->scan.nres].len = c->t3->poison[i].len;
		c->t3->scan.res[c->t3->scan.nres].source = 2; /* internal */
		c->t3->scan.nres++;
		if (!c->t3->scan.no_event_log)
			cxlmb_sim_gm_event(c, dpa, CXLMB_SIM_GM_HOST_SCAN);
	}
	cxlmb_sim_debug(c, "scan media complete");
}

uint16_t cxlmb_sim_h_scan_media(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_scan_media_req *q = req;
	uint16_t rc = check_range(q->dpa, q->length);
	(void)rsp;
	if (rc)
		return rc;
	if (c->t3->sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	c->t3->scan.dpa = q->dpa;
	c->t3->scan.len = q->length;
	c->t3->scan.no_event_log = q->no_event_log;
	c->t3->scan.nres = c->t3->scan.next = 0;
	return cxlmb_sim_bg_start(c, 0x4304, scan_ns(q->length), scan_done, c->dev);
}


uint16_t cxlmb_sim_h_scan_media_results(const struct sim_ctx *c, const void *req, void *rsp)
{
	struct cxlmb_scan_media_results_rsp *r = rsp;
	uint8_t *out = cxlmb_sim_scratch(c);
	uint32_t fit = (c->s->payload_size - 0x20) / 0x10, n = 0;
	size_t len;
	(void)req;

	if (c->bg->running && c->bg->opcode == 0x4304)
		return CXLMB_RC_BUSY;
	if (!c->t3->scan.has_run) /* no Scan Media since reset: r3.2 §8.2.10.9.4.6 */
		return CXLMB_RC_UNSUPPORTED;
	while (c->t3->scan.next < c->t3->scan.nres && n < fit) {
		struct cxlmb_media_error_record rec = { c->t3->scan.res[c->t3->scan.next].dpa,
							c->t3->scan.res[c->t3->scan.next].source,
							c->t3->scan.res[c->t3->scan.next].len };
		if (cxlmb_media_error_record_encode(&rec, out + 0x10 * n, 0x10, &len))
			return CXLMB_RC_INTERNAL;
		c->t3->scan.next++;
		n++;
	}
	r->flags = c->t3->scan.next < c->t3->scan.nres; /* more records */
	r->count = (uint16_t)n;
	r->records = (struct cxlmb_array){ out, n, NULL };
	return CXLMB_RC_SUCCESS;
}

/* ---- secure erase and sanitize ---- */

static void erase_media(const struct sim_ctx *c)
{
	c->t3->npoison = 0;
	c->t3->poison_next = 0;
	c->t3->poison_overflow = 0;
	c->t3->scan.has_run = 0;
	c->t3->scan.nres = c->t3->scan.next = 0;
}

/* Secure Erase changes the media encryption keys: user data is gone, the
 * poison list with it.  Not with a passphrase set (use 4505h) or while a
 * background operation runs. */
uint16_t cxlmb_sim_h_secure_erase(const struct sim_ctx *c, const void *req, void *rsp)
{
	(void)req;
	(void)rsp;
	if (c->t3->sec.user_set || c->t3->sec.locked)
		return CXLMB_RC_INVALID_SECURITY_STATE;
	if (c->bg->running)
		return CXLMB_RC_BUSY;
	erase_media(c);
	cxlmb_sim_debug(c, "secure erase");
	return CXLMB_RC_SUCCESS;
}

/* Sanitize (§8.2.10.9.5.1): all user data, label storage included, once
 * the operation completes. */
static void sanitize_done(struct cxlmb_sim *s, unsigned dev)
{
	struct sim_ctx c = cxlmb_sim_t3_ctx(s, dev, 0);
	erase_media(&c);
	memset(c.t3->lsa, 0, c.t3->lsa_dirty);
	c.t3->lsa_dirty = 0;
	cxlmb_sim_debug(&c, "sanitize complete");
}

uint16_t cxlmb_sim_h_sanitize(const struct sim_ctx *c, const void *req, void *rsp)
{
	(void)req;
	(void)rsp;
	return cxlmb_sim_bg_start(c, 0x4400, c->s->cfg.sanitize_ns, sanitize_done, c->dev);
}

/* ---- lifecycle: a pending partition change and the saved patrol scrub
 * settings take effect at a power cycle ---- */

static void media_reset(struct cxlmb_sim *s)
{
	for (unsigned d = 0; d < s->nt3; d++) {
		struct cxlmb_sim_t3 *t = &s->t3[d];
		memset(&t->part, 0, sizeof(t->part));
		t->part.active_vol = CXLMB_SIM_CAP_VOL_ONLY + PARTITIONABLE / 2;
		memset(&t->scan, 0, sizeof(t->scan));
		memset(t->dbg.text, 0, t->dbg.len);
		t->dbg.len = 0;
		memset(&t->scrub, 0, sizeof(t->scrub));
		t->scrub.cycle = t->scrub.saved_cycle = 24; /* hours */
		t->scrub.enabled = t->scrub.saved_enabled = 1;
	}
}

static void media_power_cycle(struct cxlmb_sim *s)
{
	for (unsigned d = 0; d < s->nt3; d++) {
		struct cxlmb_sim_t3 *t = &s->t3[d];
		if (t->part.pending) {
			t->part.active_vol = t->part.next_vol;
			t->part.pending = 0;
			t->part.next_vol = 0;
		}
		t->scrub.cycle = t->scrub.saved_cycle;
		t->scrub.enabled = t->scrub.saved_enabled;
		t->scrub.xfer = 0;
	}
}

static const char *media_check(const struct cxlmb_sim *s)
{
	for (unsigned d = 0; d < s->nt3; d++) {
		const struct cxlmb_sim_t3 *t = &s->t3[d];
		if (t->dbg.len > CXLMB_SIM_DEBUG_LOG_SIZE)
			return "vendor debug log beyond its size";
		if (t->part.active_vol < CXLMB_SIM_CAP_VOL_ONLY ||
		    t->part.active_vol > CXLMB_SIM_CAP_TOTAL - CXLMB_SIM_CAP_PERS_ONLY)
			return "volatile partition outside what the capacity allows";
		if (t->scan.next > t->scan.nres || t->scan.nres > CXLMB_SIM_POISON_MAX)
			return "scan media results out of bounds";
		if (t->scrub.cycle < CXLMB_SIM_SCRUB_MIN_HOURS || t->scrub.enabled > 1)
			return "patrol scrub setting the device refuses";
	}
	return NULL;
}

const struct sim_concern cxlmb_sim_media_concern = { media_reset, media_power_cycle, media_check };
