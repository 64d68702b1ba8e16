/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Event logs behind Get/Clear Event Records and the Event Status register
 * (CXL r3.2 §8.2.10.2, §8.2.8.3.1). */
#include <string.h>

#include "le.h" /* the core's little-endian helpers: one set for both */
#include "sim_internal.h"


/* The Event Status register is the Type-3 device's own: an LD behind a
 * switch reports its logs through Get Event Records only. */
static void publish_status(const struct sim_ctx *c)
{
	uint8_t bits = 0;
	if (c->s->cfg.variant != CXLMB_SIM_TYPE3 || c->dev != 0)
		return;
	for (unsigned l = 0; l < CXLMB_SIM_EVENT_LOGS; l++)
		if (c->t3->events[l].count)
			bits |= (uint8_t)(1u << l);
	c->s->regs[CXLMB_SIM_DEV_STATUS_OFF] = bits;
}

static void add_event(const struct sim_ctx *c, unsigned log, const uint8_t uuid[16],
		      const uint8_t *data)
{
	struct cxlmb_event_record_hdr h;
	size_t n;

	if (log >= CXLMB_SIM_EVENT_LOGS)
		return;
	if (c->t3->events[log].count == CXLMB_SIM_EVENT_LOG_SIZE) {
		if (!c->t3->events[log].overflows++)
			c->t3->events[log].first_overflow = c->s->now_ns;
		c->t3->events[log].last_overflow = c->s->now_ns;
		return;
	}
	memset(&h, 0, sizeof(h));
	memcpy(h.uuid, uuid, 16);
	h.length = CXLMB_EVENT_RECORD_LEN;
	h.flags = (uint8_t)(log < CXLMB_SIM_EVENT_LOG_DC ? log : 0); /* severity follows the log */
	if (++c->t3->next_handle == 0)
		c->t3->next_handle = 1; /* handle 0 is never used */
	h.handle = c->t3->next_handle;
	h.timestamp = c->s->now_ns;
	if (data)
		memcpy(h.data, data, sizeof(h.data));
	cxlmb_event_record_hdr_encode(&h, c->t3->events[log].rec[c->t3->events[log].count], CXLMB_EVENT_RECORD_LEN, &n);
	c->t3->events[log].count++;
	publish_status(c);
}

void cxlmb_sim_add_event(struct cxlmb_sim *s, unsigned log, const uint8_t uuid[16],
			 const uint8_t *data)
{
	struct sim_ctx dev = cxlmb_sim_t3_ctx(s, 0, 0);
	add_event(&dev, log, uuid, data);
}

void cxlmb_sim_add_typed_event(const struct sim_ctx *c, unsigned log, const struct cxlmb_event_record *r)
{
	uint8_t buf[CXLMB_EVENT_RECORD_LEN];
	struct cxlmb_event_record rec = *r;
	size_t n;

	/* the record codec lays out the type-specific part; the log adds the header */
	memcpy(rec.hdr.uuid, cxlmb_event_type_uuid(rec.type), 16);
	rec.hdr.length = CXLMB_EVENT_RECORD_LEN;
	if (cxlmb_event_record_encode(&rec, buf, sizeof(buf), &n) == 0)
		add_event(c, log, rec.hdr.uuid, buf + 0x30);
}

/* An uncorrectable General Media event in the failure log (CXL r3.2
 * §8.2.10.2.1.1). */
void cxlmb_sim_gm_event(const struct sim_ctx *c, uint64_t dpa, uint8_t transaction)
{
	struct cxlmb_event_record rec;
	memset(&rec, 0, sizeof(rec));
	rec.type = CXLMB_EVT_GENERAL_MEDIA;
	rec.u.gm.dpa = dpa;
	rec.u.gm.descriptor = 0x01; /* uncorrectable */
	rec.u.gm.transaction = transaction;
	cxlmb_sim_add_typed_event(c, 2, &rec);
}

uint16_t cxlmb_sim_h_get_event_records(const struct sim_ctx *c, const void *req, void *rsp)
{
	unsigned log = ((const struct cxlmb_get_event_records_req *)req)->log;
	struct cxlmb_get_event_records_rsp *r = rsp;
	uint32_t fit = (c->s->payload_size - CXLMB_GET_EVENT_RECORDS_RSP_MIN) / CXLMB_EVENT_RECORD_LEN;
	uint32_t n;

	if (log >= CXLMB_SIM_EVENT_LOGS)
		return CXLMB_RC_INVALID_INPUT;
	n = c->t3->events[log].count < fit ? c->t3->events[log].count : fit;
	r->more_records = n < c->t3->events[log].count;
	r->overflow = c->t3->events[log].overflows != 0;
	r->overflow_err_count = c->t3->events[log].overflows;
	r->first_overflow_ts = c->t3->events[log].first_overflow;
	r->last_overflow_ts = c->t3->events[log].last_overflow;
	r->count = (uint16_t)n;
	r->records = (struct cxlmb_array){ c->t3->events[log].rec[0], n, NULL };
	return CXLMB_RC_SUCCESS;
}

static int find_handle(const struct sim_ctx *c, unsigned log, uint16_t handle)
{
	for (uint32_t i = 0; i < c->t3->events[log].count; i++) {
		const uint8_t *p = c->t3->events[log].rec[i] + 0x14;
		if (cxlmb_get_le16(p) == handle)
			return (int)i;
	}
	return -1;
}

uint16_t cxlmb_sim_h_clear_event_records(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_clear_event_records_req *q = req;
	unsigned log = q->log;
	(void)rsp;
	if (log >= CXLMB_SIM_EVENT_LOGS)
		return CXLMB_RC_INVALID_INPUT;
	if (q->clear_all) {
		if (q->count)
			return CXLMB_RC_INVALID_INPUT; /* clear-all carries no handles */
		c->t3->events[log].count = 0;
	} else {
		/* every handle must name a record in this log before any is cleared */
		for (uint32_t i = 0; i < q->count; i++) {
			struct cxlmb_event_handle h;
			cxlmb_array_get(&cxlmb_event_handle_schema, &q->handles, i, 0, &h);
			if (find_handle(c, log, h.handle) < 0)
				return CXLMB_RC_INVALID_HANDLE;
		}
		for (uint32_t i = 0; i < q->count; i++) {
			struct cxlmb_event_handle h;
			int k;
			cxlmb_array_get(&cxlmb_event_handle_schema, &q->handles, i, 0, &h);
			if ((k = find_handle(c, log, h.handle)) < 0)
				continue; /* listed twice */
			memmove(c->t3->events[log].rec[k], c->t3->events[log].rec[k + 1],
				(size_t)(c->t3->events[log].count - (uint32_t)k - 1) * CXLMB_EVENT_RECORD_LEN);
			c->t3->events[log].count--;
		}
	}
	if (c->t3->events[log].count == 0)
		c->t3->events[log].overflows = 0;
	publish_status(c);
	return CXLMB_RC_SUCCESS;
}

/* ---- lifecycle: the logs are the device's and survive a power cycle ---- */

static void events_reset(struct cxlmb_sim *s)
{
	for (unsigned d = 0; d < s->nt3; d++) {
		for (unsigned l = 0; l < CXLMB_SIM_EVENT_LOGS; l++) {
			s->t3[d].events[l].count = 0;
			s->t3[d].events[l].overflows = 0;
		}
		s->t3[d].next_handle = 0;
	}
}

static const char *events_check(const struct cxlmb_sim *s)
{
	for (unsigned d = 0; d < s->nt3; d++)
		for (unsigned l = 0; l < CXLMB_SIM_EVENT_LOGS; l++)
			if (s->t3[d].events[l].count > CXLMB_SIM_EVENT_LOG_SIZE)
				return "event log beyond its size";
	return NULL;
}

const struct sim_concern cxlmb_sim_events_concern = { events_reset, NULL, events_check };
