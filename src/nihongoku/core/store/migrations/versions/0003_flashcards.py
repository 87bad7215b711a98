"""Flashcards: cards per profile, the full review log, and the daily new-card limit.

Revision ID: 0003
Revises: 0002
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("profile") as batch:
        # None: follow the class default an instructor sets (app_setting)
        batch.add_column(sa.Column("new_cards_per_day", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("uid", sa.String(length=32), nullable=True))
    conn = op.get_bind()
    for (profile_id,) in conn.execute(sa.text("SELECT id FROM profile")).fetchall():
        conn.execute(
            sa.text("UPDATE profile SET uid = :uid WHERE id = :id"),
            {"uid": uuid.uuid4().hex, "id": profile_id},
        )
    with op.batch_alter_table("profile") as batch:
        batch.alter_column("uid", existing_type=sa.String(length=32), nullable=False)
        batch.create_unique_constraint(op.f("uq_profile_uid"), ["uid"])
    op.create_table(
        "card",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("state", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("stability", sa.Double(), nullable=True),
        sa.Column("difficulty", sa.Double(), nullable=True),
        sa.Column("due", sa.DateTime(), nullable=True),
        sa.Column("last_review", sa.DateTime(), nullable=True),
        sa.Column("reps", sa.Integer(), nullable=False),
        sa.Column("lapses", sa.Integer(), nullable=False),
        sa.Column("suspended", sa.Boolean(), nullable=False),
        sa.Column("buried_until", sa.DateTime(), nullable=True),
        sa.Column("introduced_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profile.id"],
            name=op.f("fk_card_profile_id_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card")),
        sa.UniqueConstraint("profile_id", "item_id", "kind", name=op.f("uq_card_profile_id")),
    )
    op.create_index("ix_card_profile_due", "card", ["profile_id", "due"], unique=False)
    op.create_table(
        "review_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("card_id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
        sa.Column("elapsed_days", sa.Double(), nullable=True),
        sa.Column("state_before", sa.Integer(), nullable=False),
        sa.Column("step_before", sa.Integer(), nullable=True),
        sa.Column("stability_before", sa.Double(), nullable=True),
        sa.Column("difficulty_before", sa.Double(), nullable=True),
        sa.Column("due_before", sa.DateTime(), nullable=True),
        sa.Column("last_review_before", sa.DateTime(), nullable=True),
        sa.Column("lapses_before", sa.Integer(), nullable=False),
        sa.Column("introduced_at_before", sa.DateTime(), nullable=True),
        sa.Column("state_after", sa.Integer(), nullable=False),
        sa.Column("step_after", sa.Integer(), nullable=True),
        sa.Column("stability_after", sa.Double(), nullable=False),
        sa.Column("difficulty_after", sa.Double(), nullable=False),
        sa.Column("due_after", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["card_id"], ["card.id"], name=op.f("fk_review_log_card_id_card"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profile.id"],
            name=op.f("fk_review_log_profile_id_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_log")),
    )
    op.create_index("ix_review_log_card_id", "review_log", ["card_id"], unique=False)
    op.create_index(
        "ix_review_log_profile_time", "review_log", ["profile_id", "reviewed_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_review_log_profile_time", table_name="review_log")
    op.drop_index("ix_review_log_card_id", table_name="review_log")
    op.drop_table("review_log")
    op.drop_index("ix_card_profile_due", table_name="card")
    op.drop_table("card")
    with op.batch_alter_table("profile") as batch:
        batch.drop_constraint(op.f("uq_profile_uid"), type_="unique")
        batch.drop_column("uid")
        batch.drop_column("new_cards_per_day")
