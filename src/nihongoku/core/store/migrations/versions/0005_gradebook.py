"""Gradebook: an instructor's classes and one row of computed numbers per learner.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "classroom",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_classroom")),
        sa.UniqueConstraint("name", name=op.f("uq_classroom_name")),
    )
    op.create_table(
        "gradebook_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("classroom_id", sa.Integer(), nullable=False),
        sa.Column("learner_uid", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("study_ms", sa.Integer(), nullable=False),
        sa.Column("cards_learned", sa.Integer(), nullable=False),
        sa.Column("reviews", sa.Integer(), nullable=False),
        sa.Column("retention", sa.Double(), nullable=True),
        sa.Column("retention_reviews", sa.Integer(), nullable=False),
        sa.Column("practice_answers", sa.Integer(), nullable=False),
        sa.Column("practice_right", sa.Integer(), nullable=False),
        sa.Column("families", sa.JSON(), nullable=False),
        sa.Column("exam_scores", sa.JSON(), nullable=False),
        sa.Column("last_activity", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["classroom_id"],
            ["classroom.id"],
            name=op.f("fk_gradebook_entry_classroom_id_classroom"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gradebook_entry")),
        sa.UniqueConstraint(
            "classroom_id", "learner_uid", name=op.f("uq_gradebook_entry_classroom_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("gradebook_entry")
    op.drop_table("classroom")
