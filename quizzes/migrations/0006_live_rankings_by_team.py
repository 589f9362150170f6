"""A live session's ranking becomes a choice (none, by nickname, by team) with the session's team names;
a participant may belong to a team. Sessions that showed a ranking keep it, by nickname."""

from django.db import migrations, models


def carry_rankings_over(apps, schema_editor):
    LiveSession = apps.get_model("quizzes", "LiveSession")
    LiveSession.objects.filter(ranking=True).update(ranking_by="nickname")


class Migration(migrations.Migration):
    dependencies = [("quizzes", "0005_question_lesson_link")]

    operations = [
        migrations.AddField(
            model_name="livesession",
            name="ranking_by",
            field=models.CharField(
                blank=True,
                choices=[("", "no ranking"), ("nickname", "by nickname"), ("team", "by team")],
                default="",
                max_length=10,
                verbose_name="ranking",
            ),
        ),
        migrations.RunPython(carry_rankings_over, migrations.RunPython.noop),
        migrations.RemoveField(model_name="livesession", name="ranking"),
        migrations.RenameField(model_name="livesession", old_name="ranking_by", new_name="ranking"),
        migrations.AddField(
            model_name="livesession",
            name="teams",
            field=models.JSONField(blank=True, default=list, verbose_name="team names"),
        ),
        migrations.AddField(
            model_name="liveparticipant",
            name="team",
            field=models.CharField(blank=True, max_length=40, verbose_name="team"),
        ),
    ]
