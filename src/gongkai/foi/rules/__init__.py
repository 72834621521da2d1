"""The rules of 依申请公开 as plain Python (no Django): the statutory clock, the legal
transitions, fees, receipt dates, identity checks and the legal basis of each decision."""
