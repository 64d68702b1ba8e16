typedef int cxlmb_sim_placeholder_;
